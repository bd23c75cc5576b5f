#pragma once

#include <QList>

// What fortrolig-cli takes, as data: each command's words, how many arguments may follow
// them, and the options it takes. Anything else is refused before the journal is opened
// (Cli::check), and tst_cli walks the whole table. Cli::usage is written by hand and says
// the same in words; tst_cli checks that the two agree.
namespace fortrolig::cli {

struct Option
{
    enum Takes
    {
        Flag,  // no value
        Value, // one value, given once
        Values // a value each time; may be given again (--grant a --grant b)
    };
    enum Need
    {
        Optional,
        Required
    };
    const char* name;
    Takes takes = Value;
    Need need = Optional;
};

struct Command
{
    static constexpr int kAnyNumber = -1;
    const char* words; // "citizen add"
    int arguments;     // how many may follow the words: 0, 1, 2 or kAnyNumber
    QList<Option> options;
};

// Taken with every command, and without one.
inline const QList<Option>& globalOptions()
{
    static const QList<Option> options = {{"--journal"},
                                          {"--json", Option::Flag},
                                          {"--help", Option::Flag},
                                          {"--version", Option::Flag}};
    return options;
}

// Every command with its options, one row each: a data table.
inline const QList<Command>& commands()
{
    using enum Option::Takes;
    using enum Option::Need;
    constexpr int any = Command::kAnyNumber;
    static const QList<Command> table = {
        {"init", 0, {{"--consultant"}, {"--kdf"}, {"--key-store"}}},
        {"passphrase change", 0, {{"--kdf"}}},
        {"verify", 0, {}},
        {"recover", 0, {{"--to", Value, Required}}},
        {"citizen add", 0, {{"--name", Value, Required}, {"--cpr", Value, Required}}},
        {"citizen list", 0, {}},
        {"citizen show", 1, {{"--reason"}}},
        {"citizen find", 0, {{"--cpr", Value, Required}, {"--reason", Value, Required}}},
        {"citizen correct",
         1,
         {{"--field", Value, Required},
          {"--value", Value, Required},
          {"--replaces", Values},
          {"--change-reason"}}},
        {"course add",
         0,
         {{"--citizen", Value, Required},
          {"--municipality", Value, Required},
          {"--type", Value, Required},
          {"--start", Value, Required},
          {"--referral"},
          {"--planned-end"},
          {"--change-reason"}}},
        {"course end",
         0,
         {{"--course", Value, Required},
          {"--date", Value, Required},
          {"--end-reason", Value, Required},
          {"--change-reason"}}},
        {"course correct",
         0,
         {{"--course", Value, Required},
          {"--field", Value, Required},
          {"--value", Value, Required},
          {"--change-reason"}}},
        {"course hand-over",
         0,
         {{"--course", Value, Required},
          {"--to", Value, Required},
          {"--pdf"},
          {"--channel", Value, Required},
          {"--sent-to"},
          {"--received-by"}}},
        {"package pdf", 1, {{"--to", Value, Required}}},
        {"note add",
         0,
         {{"--citizen", Value, Required},
          {"--text", Value, Required},
          {"--kind"},
          {"--course"},
          {"--change-reason"}}},
        {"note correct",
         0,
         {{"--note", Value, Required},
          {"--text", Value, Required},
          {"--replaces", Values},
          {"--change-reason"}}},
        {"note history", 0, {{"--note", Value, Required}}},
        {"note remove", 2, {{"--reference", Value, Required}}},
        {"search", any, {}},
        {"log", 0, {{"--citizen"}}},
        {"consent templates", 0, {{"--templates"}}},
        {"consent list", 0, {{"--citizen", Value, Required}}},
        {"consent check",
         0,
         {{"--citizen", Value, Required},
          {"--recipient", Value, Required},
          {"--category", Values, Required},
          {"--direction"}}},
        {"consent withdraw",
         0,
         {{"--consent", Value, Required}, {"--recipient"}, {"--category"}, {"--direction"}}},
        {"consent record-paper",
         0,
         {{"--citizen", Value, Required},
          {"--course", Value, Required},
          {"--scan", Value, Required},
          {"--signer", Value, Required},
          {"--grant", Values},
          {"--obtain", Values},
          {"--valid-until"},
          {"--place"},
          {"--language"},
          {"--guardian", Flag},
          {"--change-reason"}}},
        {"consent disclose",
         0,
         {{"--citizen", Value, Required},
          {"--recipient", Value, Required},
          {"--category", Values, Required},
          {"--what", Value, Required}}},
        {"consent obtained",
         0,
         {{"--citizen", Value, Required},
          {"--recipient", Value, Required},
          {"--category", Values, Required},
          {"--what", Value, Required}}},
        {"consent receipt",
         0,
         {{"--consent", Value, Required},
          {"--to", Value, Required},
          {"--withdrawal"},
          {"--templates"}}},
        {"consultant name", any, {}},
        {"enroll", 1, {{"--server"}, {"--code"}, {"--pin"}, {"--device-name"}}},
        {"login", 0, {{"--totp"}}},
        {"sync", 0, {}},
        {"sync status", 0, {}},
        {"sync problems", 0, {{"--dismiss"}, {"--retry"}, {"--save"}, {"--to"}}},
        {"conflict list", 0, {{"--citizen"}}},
        {"conflict resolve",
         1,
         {{"--value", Value, Required}, {"--replaces", Values}, {"--change-reason"}}},
        {"retention show", 0, {}},
        {"retention run", 0, {{"--dry-run", Flag}}},
        {"request add",
         0,
         {{"--citizen", Value, Required},
          {"--kind", Value, Required},
          {"--channel", Value, Required},
          {"--received"},
          {"--text"}}},
        {"request list", 0, {{"--citizen"}}},
        {"request forward", 1, {{"--to", Value, Required}, {"--via", Value, Required}, {"--sent"}}},
        {"request extend",
         1,
         {{"--until", Value, Required},
          {"--decided", Value, Required},
          {"--told", Value, Required}}},
        {"request answer", 1, {{"--date"}, {"--outcome"}}},
        {"request receipt",
         1,
         {{"--to", Value, Required},
          {"--provider", Value, Required},
          {"--contact"},
          {"--language"}}},
        {"request letter", 1, {{"--to", Value, Required}, {"--provider", Value, Required}}},
        {"request package", 1, {{"--to", Value, Required}, {"--pdf"}, {"--no-server", Flag}}},
        {"case restrict", 1, {{"--request"}, {"--instruction"}}},
        {"case lift",
         1,
         {{"--reason", Value, Required}, {"--told-how", Value, Required}, {"--told"}}},
        {"case lift-notice",
         1,
         {{"--lift-on", Value, Required},
          {"--reason", Value, Required},
          {"--to", Value, Required},
          {"--provider", Value, Required},
          {"--contact"},
          {"--language"}}},
        {"case restrictions", 1, {}},
    };
    return table;
}

} // namespace fortrolig::cli
