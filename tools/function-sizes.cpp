// Lists the functions of the given source files that are longer than a limit, and fails
// (exit 1) when there is any. A function's length is the lines from its opening brace to its
// closing one; lambdas and local classes count towards the function they are in.
//
//   function-sizes --max 80 [--list] FILE...
//
// It reads C++ as this project writes it (clang-format): it skips comments, string and
// character literals (raw strings too), and decides what a brace opens from the text before
// it. A function that is a data table (a list of statements or strings) says so in a
// comment with the words "data table" on one of the three lines before its opening brace,
// and is left out. No compiler is needed, so it runs in every build's tests.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Found
{
    std::string file;
    int line = 0;
    int length = 0;
    std::string name;
};

// The source without comments and literals (each replaced by spaces, newlines kept), so
// braces and words are only the code's.
std::string codeOnly(const std::string& s)
{
    std::string out = s;
    size_t i = 0;
    auto blank = [&](size_t from, size_t to) {
        for (size_t k = from; k < to && k < out.size(); ++k)
            if (out[k] != '\n')
                out[k] = ' ';
    };
    while (i < s.size()) {
        if (s.compare(i, 2, "//") == 0) {
            const size_t end = s.find('\n', i);
            blank(i, end == std::string::npos ? s.size() : end);
            i = end == std::string::npos ? s.size() : end;
        } else if (s.compare(i, 2, "/*") == 0) {
            const size_t end = s.find("*/", i + 2);
            const size_t stop = end == std::string::npos ? s.size() : end + 2;
            blank(i, stop);
            i = stop;
        } else if (s.compare(i, 2, "R\"") == 0 && (i == 0 || !isalnum(s[i - 1]))) {
            const size_t open = s.find('(', i);
            const std::string delim = ")" + s.substr(i + 2, open - i - 2) + "\"";
            const size_t end = s.find(delim, open);
            const size_t stop = end == std::string::npos ? s.size() : end + delim.size();
            blank(i, stop);
            i = stop;
        } else if (s[i] == '"' || (s[i] == '\'' && (i == 0 || !isxdigit(s[i - 1])))) {
            // A ' after a hex digit is a digit separator (1'000), not a character literal.
            const char quote = s[i];
            size_t k = i + 1;
            while (k < s.size() && s[k] != quote && s[k] != '\n')
                k += s[k] == '\\' ? 2 : 1;
            blank(i, k + 1);
            i = k + 1;
        } else {
            ++i;
        }
    }
    return out;
}

std::string trim(const std::string& t)
{
    const size_t a = t.find_first_not_of(" \t\n\r");
    if (a == std::string::npos)
        return {};
    const size_t b = t.find_last_not_of(" \t\n\r");
    return t.substr(a, b - a + 1);
}

bool hasWord(const std::string& text, const std::string& word)
{
    size_t at = 0;
    while ((at = text.find(word, at)) != std::string::npos) {
        const bool startOk = at == 0 || !(isalnum(text[at - 1]) || text[at - 1] == '_');
        const size_t e = at + word.size();
        const bool endOk = e >= text.size() || !(isalnum(text[e]) || text[e] == '_');
        if (startOk && endOk)
            return true;
        at = e;
    }
    return false;
}

enum class Scope
{
    Namespace, // or the file, a class, an extern block: functions are defined here
    Function,
    Other // an initializer, an enum, a block inside a function
};

// What a brace opens, from the code between the last ; { or } and the brace.
Scope opens(const std::string& head, Scope enclosing)
{
    if (enclosing != Scope::Namespace)
        return Scope::Other; // within a function (lambdas, blocks) or a data initializer
    const std::string h = trim(head);
    if (hasWord(h, "namespace") || h.rfind("extern", 0) == 0)
        return Scope::Namespace;
    if (hasWord(h, "enum"))
        return Scope::Other;
    const bool endsLikeFunction = !h.empty() && (h.back() == ')' || hasWord(h, "const") ||
                                                 hasWord(h, "override") || hasWord(h, "noexcept"));
    if ((hasWord(h, "class") || hasWord(h, "struct") || hasWord(h, "union")) && h.back() != ')')
        return Scope::Namespace; // members are defined in it
    if (endsLikeFunction && h.find('(') != std::string::npos) {
        // `= {` or `x{` initialisers are data; `int f() {` and `A::A() : m(x) {` are code.
        const size_t paren = h.find('(');
        if (h.substr(0, paren).find('=') == std::string::npos)
            return Scope::Function;
    }
    return Scope::Other;
}

std::string nameFrom(const std::string& head)
{
    const std::string h = trim(head);
    const size_t paren = h.find('(');
    std::string before = trim(h.substr(0, paren));
    const size_t space = before.find_last_of(" \t\n*&");
    if (space != std::string::npos)
        before = before.substr(space + 1);
    return before;
}

void scan(const std::string& file, int max, std::vector<Found>& over, std::vector<Found>& all)
{
    std::ifstream in(file);
    if (!in) {
        std::fprintf(stderr, "function-sizes: cannot read %s\n", file.c_str());
        std::exit(2);
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string original = buffer.str();
    const std::string code = codeOnly(original);
    std::vector<std::string> lines;
    {
        std::stringstream ls(original);
        std::string l;
        while (std::getline(ls, l))
            lines.push_back(l);
    }
    struct Open
    {
        Scope scope;
        int line;
        std::string name;
        bool table;
    };
    std::vector<Open> stack;
    size_t headStart = 0;
    int line = 1;
    for (size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '\n') {
            ++line;
        } else if (c == '{') {
            const Scope enclosing = stack.empty() ? Scope::Namespace : stack.back().scope;
            const std::string head = code.substr(headStart, i - headStart);
            const Scope s = opens(head, enclosing);
            bool table = false;
            for (int k = line - 4; k < line; ++k)
                if (k >= 0 && size_t(k) < lines.size()) {
                    const std::string& l = lines[size_t(k)];
                    const size_t comment = l.find("//");
                    if (comment != std::string::npos &&
                        l.find("data table", comment) != std::string::npos)
                        table = true;
                }
            stack.push_back(
                {s, line, s == Scope::Function ? nameFrom(head) : std::string(), table});
            headStart = i + 1;
        } else if (c == '}') {
            if (!stack.empty()) {
                const Open o = stack.back();
                stack.pop_back();
                if (o.scope == Scope::Function) {
                    const Found f{file, o.line, line - o.line + 1, o.name};
                    all.push_back(f);
                    if (f.length > max && !o.table)
                        over.push_back(f);
                }
            }
            headStart = i + 1;
        } else if (c == ';') {
            headStart = i + 1;
        } else if (c == ':' && i + 1 < code.size() && code[i + 1] != ':' &&
                   (i == 0 || code[i - 1] != ':')) {
            // `public:` and the like end a head; a constructor's `) :` does not.
            const std::string before = trim(code.substr(headStart, i - headStart));
            if (before == "public" || before == "private" || before == "protected" ||
                before.rfind("Q_SIGNALS", 0) == 0 || before.rfind("Q_SLOTS", 0) == 0 ||
                hasWord(before, "Q_SLOTS") || before == "default" || before.rfind("case ", 0) == 0)
                headStart = i + 1;
        } else if (c == '#' && (i == 0 || code[i - 1] == '\n')) {
            // A preprocessor line is not part of any head.
            const size_t end = code.find('\n', i);
            i = (end == std::string::npos ? code.size() : end) - 1;
            headStart = i + 1;
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    int max = 80;
    bool list = false;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--max" && i + 1 < argc)
            max = std::stoi(argv[++i]);
        else if (a == "--list")
            list = true;
        else
            files.push_back(a);
    }
    std::vector<Found> over, all;
    for (const std::string& f : files)
        scan(f, max, over, all);
    if (list) {
        for (const Found& f : all)
            std::printf("%5d %s:%d %s\n", f.length, f.file.c_str(), f.line, f.name.c_str());
    }
    for (const Found& f : over)
        std::printf("over %d lines: %s:%d %s (%d lines)\n", max, f.file.c_str(), f.line,
                    f.name.c_str(), f.length);
    std::printf("function-sizes: %zu functions in %zu files, %zu over %d lines\n", all.size(),
                files.size(), over.size(), max);
    return over.empty() ? 0 : 1;
}
