#include "app/consent/ConsentSession.h"

#include <QDate>

namespace fortrolig {

ConsentSession::ConsentSession(const ConsentTemplate& form, QString citizenId, QString courseId,
                               QList<ConsentQuestion> questions, QString controller,
                               QString processor)
    : m_form(form), m_citizenId(std::move(citizenId)), m_courseId(std::move(courseId)),
      m_controller(std::move(controller)), m_processor(std::move(processor)),
      m_questions(std::move(questions))
{
}

void ConsentSession::answer(int recipient, bool yes)
{
    m_answers[recipient] = yes;
    if (!yes)
        m_categories.remove(recipient);
}

void ConsentSession::setCategory(int recipient, const QString& category, bool ticked)
{
    QStringList& list = m_categories[recipient];
    list.removeAll(category);
    if (ticked) {
        list << category;
        // Keep the form's order, as the citizen saw it.
        QStringList ordered;
        for (const auto& c : m_form.categories()) {
            if (list.contains(c.id))
                ordered << c.id;
        }
        list = ordered;
    }
}

void ConsentSession::chooseUntilCourseEnd()
{
    m_validity = QDate();
}

void ConsentSession::chooseUntil(QDate date)
{
    m_validity = date;
}

int ConsentSession::ageToday() const
{
    const QDate today = QDate::currentDate();
    int age = today.year() - m_birthDate.year();
    if (today < m_birthDate.addYears(age))
        --age;
    return age;
}

void ConsentSession::setSigner(const QString& name, bool guardian)
{
    m_signer = name.trimmed();
    m_guardian = guardian;
}

QString ConsentSession::missingOn(Page page, int recipient) const
{
    const char* source = missingSource(page, recipient);
    return source ? tr(source) : QString();
}

const char* ConsentSession::missingSource(Page page, int recipient) const
{
    switch (page) {
    case Page::Language:
    case Page::About:
    case Page::Rights:
    case Page::Summary:
    case Page::Done:
        return nullptr;
    case Page::Recipient:
        if (!m_answers.value(recipient).has_value())
            return QT_TR_NOOP("Choose yes or no.");
        if (*m_answers.value(recipient) && m_categories.value(recipient).isEmpty())
            return m_questions.value(recipient).direction == Direction::Obtain
                       ? QT_TR_NOOP("Choose what we may ask them about, or answer no.")
                       : QT_TR_NOOP("Choose what we may tell them, or answer no.");
        return nullptr;
    case Page::Validity:
        if (!m_validity)
            return QT_TR_NOOP("Choose how long the consent is valid.");
        if (m_validity->isValid() && *m_validity < QDate::currentDate())
            return QT_TR_NOOP("The date has already passed.");
        return nullptr;
    case Page::Signature:
        if (m_signer.isEmpty())
            return QT_TR_NOOP("Write the name of the person who signs.");
        // Under 15 the holder of parental responsibility consents (docs/domain.md).
        if (m_birthDate.isValid() && !m_guardian && ageToday() < 15)
            return QT_TR_NOOP(
                "The citizen is under 15: the holder of parental responsibility signs.");
        return nullptr;
    }
    return nullptr;
}

QStringList ConsentSession::summary() const
{
    QStringList out;
    for (int i = 0; i < m_questions.size(); ++i) {
        if (m_answers.value(i).value_or(false))
            out << m_form.grantSentence(m_processor, m_controller, grantOf(i));
    }
    if (out.isEmpty())
        out << m_form.receiptPhrase(QStringLiteral("nothingShared"));
    return out;
}

QString ConsentSession::answersText() const
{
    QStringList out;
    for (int i = 0; i < m_questions.size(); ++i) {
        const ConsentQuestion& q = m_questions.at(i);
        const std::optional<bool> a = m_answers.value(i);
        out << QStringLiteral("%1 %2 %3: %4 [%5] %6")
                   .arg(i + 1)
                   .arg(DirectionName::of(q.direction), m_form.recipientText(q.recipient),
                        !a ? QStringLiteral("-")
                           : (*a ? QStringLiteral("yes") : QStringLiteral("no")),
                        m_categories.value(i).join(QLatin1Char(',')), q.purpose);
    }
    if (m_validity)
        out << QStringLiteral("valid: ") + (m_validity->isValid()
                                                ? m_validity->toString(Qt::ISODate)
                                                : QStringLiteral("course end"));
    out << QStringLiteral("signer: %1 (%2)")
               .arg(m_signer, m_guardian ? QStringLiteral("guardian") : QStringLiteral("citizen"));
    return out.join(QLatin1Char('\n'));
}

ConsentInput ConsentSession::toConsentInput(const QByteArray& signatureJson,
                                            const QString& place) const
{
    ConsentInput c = toRefusal();
    for (int i = 0; i < m_questions.size(); ++i) {
        if (m_answers.value(i).value_or(false) && !m_categories.value(i).isEmpty())
            c.grants << grantOf(i);
    }
    c.validUntil = m_validity.value_or(QDate());
    c.signature = signatureJson;
    c.place = place;
    return c;
}

ConsentGrant ConsentSession::grantOf(int question) const
{
    const ConsentQuestion& q = m_questions.at(question);
    return ConsentGrant{q.recipient, m_categories.value(question), q.direction, q.purpose};
}

ConsentInput ConsentSession::toRefusal() const
{
    ConsentInput c;
    c.citizenId = m_citizenId;
    c.courseId = m_courseId;
    c.templateId = m_form.id();
    c.templateVersion = m_form.version();
    c.language = m_form.language();
    c.textHash = m_form.textHash(m_controller, m_processor);
    c.details = m_details;
    c.form = &m_form;
    c.controller = m_controller;
    c.processor = m_processor;
    c.signer = m_signer;
    c.signerRole = m_guardian ? QStringLiteral("guardian") : QStringLiteral("citizen");
    return c;
}

} // namespace fortrolig
