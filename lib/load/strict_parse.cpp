#include "load/strict_parse.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cctype>
#include <istream>
#include <streambuf>
#include <unordered_map>

#include "load/columns.hpp"
#include "load/directives.hpp"
#include "load/limits.hpp"
#include "load/syntax_messages.hpp"
#include "load/unicode.hpp"
#include "model/utf8.hpp"

namespace plan {
namespace {

// Thrown to stop the parse after a finding that leaves nothing to read.
struct Abandon {};

// yaml-cpp reads a std::istream; this one reads the file's bytes where they
// are, where a std::istringstream would first copy them.
class TextBuf : public std::streambuf {
public:
    explicit TextBuf(const std::string& text) {
        char* begin = const_cast<char*>(text.data());  // only ever read
        setg(begin, begin, begin + text.size());
    }
};

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(const std::string& text, std::uint32_t file, Diagnostics& out)
        : text_(text), columns_(text), file_(file), out_(out) {}

    std::optional<YNode> take() { return std::move(root_); }
    int documents() const { return documents_; }

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++documents_ > 1) {
            // yaml-cpp also starts "documents" over and over at stray punctuation
            // such as a lone ',' (and would never stop): only '---' is a document.
            auto at = static_cast<std::size_t>(mark.pos);
            if (text_.compare(at, 3, "---") == 0)
                report(mark, "multiple-documents",
                       "a second YAML document starts here ('---'); a plan file holds one document, so split it into "
                       "two files");
            else
                report(mark, "yaml-syntax",
                       fmt::format("unexpected '{}' here; the file is not well-formed YAML at this point",
                                   at < text_.size() ? text_.substr(at, 1) : std::string("end of file")));
            throw Abandon{};
        }
    }
    void OnDocumentEnd() override {}

    // Anchors are reported by OnAnchor, with their name; the anchor_t arguments are ignored.
    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
        YNode n;
        n.kind = YNode::null;
        place(std::move(n), mark);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        report(mark, "yaml-alias",
               fmt::format("aliases ('*{}') are not accepted; write the value out in full", name_at(mark)));
        YNode n;
        n.refused = true;
        place(std::move(n), mark);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  const std::string& scalar) override {
        check_tag(mark, tag);
        bool quoted = tag == "!";
        std::string mended;
        bool refused = false;
        if (quoted && !std::all_of(scalar.begin(), scalar.end(), is_plain_byte) && double_quoted(mark)) {
            mended = scalar;
            refused = !check_escaped_characters(mark, mended);
        }
        const std::string& value = mended.empty() ? scalar : mended;
        if (value.size() <= limits::kMaxScalarBytes && !stack_.empty() && stack_.back().node.kind == YNode::mapping &&
            stack_.back().want_key) {
            // A key: no node is made for it.
            if (quoted) check_swallowed_lines(mark);
            place_key(stack_.back(), value, quoted, mark);
            if (refused) stack_.back().skip_value = true;
            return;
        }
        YNode n;
        n.kind = YNode::scalar;
        n.quoted = quoted;
        n.refused = refused;
        if (value.size() > limits::kMaxScalarBytes) {
            report(mark, "value-size",
                   fmt::format("value is {} bytes long, more than the limit of {}; shorten it", value.size(),
                               limits::kMaxScalarBytes));
            n.refused = true;
        } else {
            n.text = value;
        }
        if (n.quoted) check_swallowed_lines(mark);
        place(std::move(n), mark);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        open(mark, tag, YNode::sequence);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        open(mark, tag, YNode::mapping);
    }
    void OnMapEnd() override { close(); }

    void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
        report(mark, "yaml-anchor",
               fmt::format("anchors ('&{}') are not accepted; write each value out in full", name.substr(0, 40)));
    }

private:
    struct Frame {
        YNode node;
        bool want_key = true;  // mappings alternate key, value
        std::string key;
        std::uint32_t key_line = 0, key_col = 0;
        std::size_t key_offset = 0;  // where the key starts in the text
        bool skip_value = false;  // the key was refused; drop its value
        std::unordered_map<std::string, std::uint32_t> seen;  // key -> line, for large mappings
    };

    // The mark's column in characters (yaml-cpp counts bytes).
    std::uint32_t column(const YAML::Mark& mark) {
        if (mark.pos < 0 || mark.column < 0) return static_cast<std::uint32_t>(mark.column + 1);
        return columns_.at(static_cast<std::size_t>(mark.pos), static_cast<std::size_t>(mark.column));
    }

    void report(const YAML::Mark& mark, std::string check, std::string message) {
        out_.push_back({Pos{file_, static_cast<std::uint32_t>(mark.line + 1), column(mark)},
                        Severity::error, std::move(check), std::move(message)});
    }

    void check_tag(const YAML::Mark& mark, const std::string& tag) {
        if (tag == "?" || tag == "!" || tag.empty()) return;
        // yaml-cpp expands "!!str" to its full name; show it as written.
        const std::string core = "tag:yaml.org,2002:";
        std::string shown = tag.compare(0, core.size(), core) == 0 ? "!!" + tag.substr(core.size()) : tag;
        report(mark, "yaml-tag",
               fmt::format("tags ('{}') are not accepted; remove it and write the plain value", shown.substr(0, 60)));
    }

    void open(const YAML::Mark& mark, const std::string& tag, YNode::Kind kind) {
        check_tag(mark, tag);
        if (static_cast<int>(stack_.size()) >= limits::kMaxDepth) {
            report(mark, "nesting-depth",
                   fmt::format("nesting is deeper than {} levels; a plan file needs far fewer, so check the indentation "
                               "and brackets",
                               limits::kMaxDepth));
            throw Abandon{};
        }
        if (!stack_.empty() && stack_.back().node.kind == YNode::mapping && stack_.back().want_key) {
            report(mark, "yaml-key", "a key must be plain text, not a list or a mapping");
            throw Abandon{};
        }
        Frame f;
        f.node.kind = kind;
        f.node.line = mark.line + 1;
        f.node.col = column(mark);
        stack_.push_back(std::move(f));
    }

    void close() {
        Frame f = std::move(stack_.back());
        stack_.pop_back();
        YNode n = std::move(f.node);
        YAML::Mark m;
        m.line = static_cast<int>(n.line) - 1;
        m.column = static_cast<int>(n.col) - 1;
        m.pos = -1;  // the column is in characters already
        place(std::move(n), m);
    }

    // Puts a finished node where it belongs: the root, a sequence item, a key
    // of a mapping, or the value of the key before it.
    void place(YNode&& n, const YAML::Mark& mark) {
        if (n.kind == YNode::scalar || n.kind == YNode::null) {
            n.line = mark.line + 1;
            n.col = column(mark);
        }
        if (stack_.empty()) {
            root_ = std::move(n);
            return;
        }
        Frame& f = stack_.back();
        if (f.node.kind == YNode::sequence) {
            f.node.children.push_back(std::move(n));
            return;
        }
        if (f.want_key) {
            if (n.kind != YNode::scalar) {
                f.want_key = false;
                f.skip_value = true;
                f.key_line = n.line;
                f.key_col = n.col;
                report(mark, "yaml-key", "empty key; write a field name before the ':'");
                return;
            }
            place_key(f, n.text, n.quoted, mark);
            return;
        }
        f.want_key = true;
        if (f.skip_value) return;
        if (n.kind == YNode::null && n.line > f.key_line) place_after_colon(f, n);
        n.key = std::move(f.key);
        n.key_line = f.key_line;
        n.key_col = f.key_col;
        if (f.node.children.size() >= 16 || !f.seen.empty()) {
            if (f.seen.empty())
                for (const auto& c : f.node.children) f.seen.emplace(c.key, c.key_line);
            f.seen.emplace(n.key, n.key_line);
        }
        f.node.children.push_back(std::move(n));
    }

    // A scalar read where the mapping `f` expects a key.
    void place_key(Frame& f, const std::string& text, bool quoted, const YAML::Mark& mark) {
        f.want_key = false;
        f.skip_value = false;
        f.key_line = static_cast<std::uint32_t>(mark.line + 1);
        f.key_col = column(mark);
        f.key_offset = static_cast<std::size_t>(mark.pos);
        if (text.empty()) {
            report(mark, "yaml-key", "empty key; write a field name before the ':'");
            f.skip_value = true;
            return;
        }
        if (text.size() > limits::kMaxKeyBytes) {
            report(mark, "yaml-key", fmt::format("key is longer than {} bytes", limits::kMaxKeyBytes));
            f.skip_value = true;
            return;
        }
        if (text == "<<" && !quoted) {
            report(mark, "yaml-merge-key", "merge keys ('<<') are not accepted; write the fields out in full");
            f.skip_value = true;
            f.node.refused = true;  // fields it would have merged are missing for that reason
            return;
        }
        if (auto first = find_key(f, text)) {
            report(mark, "duplicate-key",
                   fmt::format("duplicate key '{}': it is already set on line {}; keep one of them", text, first));
            f.skip_value = true;
            return;
        }
        f.key = text;
    }

    // "due:" with nothing after it: yaml-cpp marks the missing value at the
    // next token, often the next field's line. The finding belongs just
    // after the colon on the key's own line.
    void place_after_colon(const Frame& f, YNode& n) const {
        std::size_t i = f.key_offset;
        if (i < text_.size() && (text_[i] == '"' || text_[i] == '\'')) {
            char quote = text_[i];
            for (++i; i < text_.size() && text_[i] != quote && text_[i] != '\n'; ++i)
                if (quote == '"' && text_[i] == '\\') ++i;
        }
        std::uint32_t col = f.key_col;
        for (std::size_t k = f.key_offset; k < i && k < text_.size(); ++k)
            if ((static_cast<unsigned char>(text_[k]) & 0xC0) != 0x80) ++col;
        for (; i < text_.size() && text_[i] != ':' && text_[i] != '\n'; ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
        if (i >= text_.size() || text_[i] != ':') return;  // not on one line: keep yaml-cpp's mark
        n.line = f.key_line;
        n.col = col + 1;
    }

    // A double-quoted value's '\' escapes can make characters that the
    // pre-scan refuses in the raw bytes ("\e", "\x00", "\u202E"): the same
    // rules apply to what the escapes make. False when the value is refused.
    bool check_escaped_characters(const YAML::Mark& mark, std::string& value) {
        std::string why = mend_escaped_characters(value);
        if (why.empty()) return true;
        report(mark, "encoding", fmt::format("this quoted text has, written with a '\\' escape, {}", why));
        return false;
    }

    // Where a scalar's opening quote is: yaml-cpp marks a scalar where its
    // properties begin, so a tag or anchor ("! ", "&a ") is skipped first.
    std::size_t quote_at(const YAML::Mark& mark) const {
        auto i = static_cast<std::size_t>(mark.pos);
        while (i < text_.size() && (text_[i] == '!' || text_[i] == '&')) {
            while (i < text_.size() && text_[i] != ' ' && text_[i] != '\t' && text_[i] != '\n') ++i;
            while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r')) ++i;
        }
        return i;
    }

    // Only "..." has escapes.
    bool double_quoted(const YAML::Mark& mark) const {
        std::size_t at = quote_at(mark);
        return at < text_.size() && text_[at] == '"';
    }

    // The line of an earlier occurrence of `key` in this mapping, or 0.
    std::uint32_t find_key(const Frame& f, const std::string& key) const {
        if (!f.seen.empty()) {
            auto it = f.seen.find(key);
            return it == f.seen.end() ? 0 : it->second;
        }
        for (const auto& c : f.node.children)
            if (c.key == key) return c.key_line;
        return 0;
    }

    // yaml-cpp lets a quoted value with no closing quote run on over the lines
    // after it, silently eating the fields written there. A quoted value that
    // spans lines, one of which looks like "key: value" or "- item", is that.
    void check_swallowed_lines(const YAML::Mark& mark) {
        std::size_t i = quote_at(mark);
        if (i >= text_.size() || (text_[i] != '"' && text_[i] != '\'')) return;
        char quote = text_[i];
        std::uint32_t line = mark.line + 1;
        for (++i; i < text_.size(); ++i) {
            char c = text_[i];
            if (quote == '"' && c == '\\') {
                ++i;
                continue;
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
                    ++i;
                    continue;
                }
                return;
            }
            if (c != '\n') continue;
            ++line;
            if (looks_like_field(i + 1)) {
                report(mark, "unclosed-quote",
                       fmt::format("quoted text starting here runs on to line {} and swallows what is written there; "
                                   "add the missing closing {}",
                                   line, quote == '"' ? "double quote (\")" : "single quote (')"));
                return;
            }
        }
        // yaml-cpp takes a last value with no closing quote up to the end of
        // the file, final newline and all.
        report(mark, "unclosed-quote",
               fmt::format("quoted text starting here is never closed; add the missing closing {}",
                           quote == '"' ? "double quote (\")" : "single quote (')"));
    }

    // Does the line starting at text_[i] look like a mapping entry or list item?
    bool looks_like_field(std::size_t i) const {
        while (i < text_.size() && text_[i] == ' ') ++i;
        if (i + 1 < text_.size() && text_[i] == '-' && text_[i + 1] == ' ') return true;
        std::size_t start = i;
        while (i < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[i])) || text_[i] == '_' || text_[i] == '-'))
            ++i;
        return i > start && i < text_.size() && text_[i] == ':' &&
               (i + 1 == text_.size() || text_[i + 1] == ' ' || text_[i + 1] == '\n' || text_[i + 1] == '\r');
    }

    // The name written after '*' or '&' at a mark, for messages.
    std::string name_at(const YAML::Mark& mark) const {
        auto i = static_cast<std::size_t>(mark.pos);
        if (i < text_.size() && (text_[i] == '*' || text_[i] == '&')) ++i;
        std::size_t end = i;
        while (end < text_.size() && end - i < 40 && !std::isspace(static_cast<unsigned char>(text_[end])) &&
               text_[end] != ',' && text_[end] != ']' && text_[end] != '}')
            ++end;
        return end > i ? text_.substr(i, end - i) : std::string("name");
    }

    const std::string& text_;
    CharColumns columns_;
    std::uint32_t file_;
    Diagnostics& out_;
    std::vector<Frame> stack_;
    std::optional<YNode> root_;
    int documents_ = 0;
};

}  // namespace

std::optional<YNode> strict_parse(const std::string& text, std::uint32_t file, Diagnostics& out) {
    if (refuse_directive(text, file, out)) return std::nullopt;
    TextBuf buffer(text);
    std::istream in(&buffer);
    TreeBuilder builder(text, file, out);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const Abandon&) {
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        // After an unclosed quote the parser's own complaint is a consequence.
        for (const auto& d : out)
            if (d.pos.file == file && d.check == "unclosed-quote") return std::nullopt;
        SyntaxMessage m = explain_syntax_error(e.msg, text, e.mark.line, e.mark.column);
        int column = m.column >= 0 ? m.column : e.mark.column;
        Pos at{file, static_cast<std::uint32_t>(e.mark.line + 1),
               char_column(text, static_cast<std::size_t>(std::max(e.mark.line, 0)),
                           static_cast<std::size_t>(std::max(column, 0)))};
        out.push_back({at, Severity::error, m.check, m.message});
        return std::nullopt;
    }
    if (builder.documents() == 0) return YNode{};
    return builder.take();
}

}  // namespace plan
