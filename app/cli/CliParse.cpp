// How fortrolig-cli reads its arguments: words, then options checked against the table of
// what each command takes (CliTable.h). A mistyped option is refused, not ignored.
#include "app/cli/Cli.h"

#include <QSet>
#include <optional>

namespace fortrolig {

namespace {

QString nameOf(const cli::Option& option)
{
    return QString::fromLatin1(option.name);
}

QString wordsOf(const cli::Command& command)
{
    return QString::fromLatin1(command.words);
}

// -x, --xyz or --xyz=VALUE; "-" alone and "-5" are arguments.
bool looksLikeOption(const QString& token)
{
    return token.size() > 1 && token.at(0) == QLatin1Char('-') &&
           (token.at(1) == QLatin1Char('-') || token.at(1).isLetter());
}

QString optionName(const QString& token)
{
    if (token == QStringLiteral("-h"))
        return QStringLiteral("--help");
    return token.section(QLatin1Char('='), 0, 0);
}

const cli::Option* find(const QList<cli::Option>& options, const QString& name)
{
    for (const cli::Option& o : options) {
        if (name == QLatin1StringView(o.name))
            return &o;
    }
    return nullptr;
}

const cli::Option* declared(const QString& name)
{
    if (const cli::Option* o = find(cli::globalOptions(), name))
        return o;
    for (const cli::Command& c : cli::commands()) {
        if (const cli::Option* o = find(c.options, name))
            return o;
    }
    return nullptr;
}

// How an option takes its value, whichever command declares it; nothing when none does.
std::optional<cli::Option::Takes> takesOf(const QString& name)
{
    if (const cli::Option* o = declared(name))
        return o->takes;
    return std::nullopt;
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min(
                {above + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The declared option nearest to a mistyped one, if it is near (at most two edits).
QString nearest(const QString& name, const QList<cli::Option>& options)
{
    QString best;
    int bestDistance = 3;
    for (const cli::Option& o : options) {
        const int d = editDistance(name, nameOf(o));
        if (d < bestDistance) {
            best = nameOf(o);
            bestDistance = d;
        }
    }
    return best;
}

// Whether an option no command declares takes the next word: as the one it is a slip for
// does (--jsno is --json, a flag), or, when it is no slip, unless that word is an option.
// It is refused anyway; this keeps the command's own words the command's.
bool unknownTakesNext(const QString& name, const QString& next)
{
    QList<cli::Option> all = cli::globalOptions();
    for (const cli::Command& c : cli::commands())
        all += c.options;
    if (const QString near = nearest(name, all); !near.isEmpty())
        return declared(near)->takes != cli::Option::Flag && !declared(optionName(next));
    return !looksLikeOption(next);
}

} // namespace

void Cli::parseInto(const QStringList& arguments, Args& args)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& token = arguments.at(i);
        if (!looksLikeOption(token)) {
            args.positional << token;
            continue;
        }
        Args::Given given{optionName(token), {}, false};
        if (const qsizetype eq = token.indexOf(QLatin1Char('='));
            eq > 0 && token.startsWith(u"--")) {
            given.value = token.mid(eq + 1);
            given.hasValue = true;
        }
        const auto takes = takesOf(given.name);
        // A value option takes the next word unless that is an option itself.
        if (!given.hasValue && takes != cli::Option::Flag && i + 1 < arguments.size()) {
            const QString& next = arguments.at(i + 1);
            if (takes ? !declared(optionName(next)) : unknownTakesNext(given.name, next)) {
                given.value = next;
                given.hasValue = true;
                ++i;
            }
        }
        args.given << given;
        if (takes && given.hasValue == (*takes != cli::Option::Flag))
            args.options[given.name] << (given.hasValue ? given.value : QStringLiteral("1"));
    }
}

void Cli::parse(QStringList arguments)
{
    parseInto(arguments, m_args);
    m_json = m_args.has(QStringLiteral("--json"));
}

bool Cli::drawsPages(const QStringList& arguments)
{
    Args args;
    parseInto(arguments, args);
    const QString two = args.positional.value(0) + QLatin1Char(' ') + args.positional.value(1);
    return !args.has(QStringLiteral("--help")) && !args.has(QStringLiteral("--version")) &&
           (two == QStringLiteral("consent receipt") || two == QStringLiteral("request receipt") ||
            two == QStringLiteral("request letter") || two == QStringLiteral("request package") ||
            two == QStringLiteral("course hand-over") || two == QStringLiteral("package pdf") ||
            two == QStringLiteral("case lift-notice"));
}

// The command the first words name (a group's command takes two: "citizen add"); null when
// none. *words: the words that name it, or that name no command.
const cli::Command* Cli::commandFor(const QStringList& positional, QString* words)
{
    const QString first = positional.value(0);
    const QString two = first + QLatin1Char(' ') + positional.value(1);
    bool group = false;
    for (const cli::Command& c : cli::commands()) {
        if (positional.size() > 1 && two == QLatin1StringView(c.words)) {
            *words = two;
            return &c;
        }
        group = group || wordsOf(c).startsWith(first + QLatin1Char(' '));
    }
    *words = group ? two.trimmed() : first;
    if (group && positional.size() > 1)
        return nullptr; // "citizen frobnicate"; but "sync" alone is a command
    for (const cli::Command& c : cli::commands()) {
        if (first == QLatin1StringView(c.words))
            return &c;
    }
    return nullptr;
}

QString Cli::optionsProblem(const Args& args, const cli::Command* command, QString* hint)
{
    const QList<cli::Option> allowed =
        cli::globalOptions() + (command ? command->options : QList<cli::Option>());
    QSet<QString> seen;
    for (const Args::Given& given : args.given) {
        const cli::Option* option = find(allowed, given.name);
        if (!option && !command && !args.positional.isEmpty())
            continue; // the command is what is wrong: said next
        if (!option) {
            const QString near = nearest(given.name, allowed);
            if (!near.isEmpty())
                *hint = tr("Did you mean %1?").arg(near);
            return command ? tr("'%1' has no option %2").arg(wordsOf(*command), given.name)
                           : tr("unknown option: %1").arg(given.name);
        }
        if (option->takes == cli::Option::Flag && given.hasValue)
            return tr("%1 takes no value").arg(given.name);
        if (option->takes != cli::Option::Flag && !given.hasValue)
            return tr("%1 needs a value").arg(given.name);
        if (option->takes == cli::Option::Value && seen.contains(given.name))
            return tr("%1 can be given only once").arg(given.name);
        seen.insert(given.name);
    }
    return {};
}

QString Cli::missingProblem(const Args& args, const cli::Command& command)
{
    QStringList missing;
    for (const cli::Option& o : command.options) {
        if (o.need == cli::Option::Required && !args.has(nameOf(o)))
            missing << nameOf(o);
    }
    if (missing.isEmpty())
        return {};
    // These two say how to write them, with the words to choose from.
    if (missing.first() == QStringLiteral("--recipient"))
        return recipientProblem({});
    if (missing.first() == QStringLiteral("--category"))
        return categoriesProblem({});
    return tr("%1 needs %2").arg(wordsOf(command), missing.join(QStringLiteral(", ")));
}

QString Cli::check(const Args& args, QString* hint)
{
    QString words;
    const cli::Command* command = commandFor(args.positional, &words);
    if (const QString problem = optionsProblem(args, command, hint); !problem.isEmpty())
        return problem;
    if (args.positional.isEmpty())
        return tr("no command given");
    if (!command)
        return tr("unknown command: %1").arg(words);
    const QStringList extra = args.positional.mid(words.count(QLatin1Char(' ')) + 1);
    if (command->arguments != cli::Command::kAnyNumber && extra.size() > command->arguments)
        return tr("'%1' does not take \"%2\" (a value with spaces goes in quotes)")
            .arg(words, extra.at(command->arguments));
    return missingProblem(args, *command);
}

} // namespace fortrolig
