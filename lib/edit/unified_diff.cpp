#include "edit/unified_diff.hpp"

#include <fmt/format.h>

#include <string_view>
#include <vector>

namespace plan {

namespace {

std::vector<std::string_view> split_lines(const std::string& s) {
    std::vector<std::string_view> out;
    std::size_t b = 0;
    while (b < s.size()) {
        std::size_t e = s.find('\n', b);
        if (e == std::string::npos) e = s.size() - 1;
        out.emplace_back(s.data() + b, e - b + 1);
        b = e + 1;
    }
    return out;
}

enum class Op { same, del, add };

// Myers' O(ND) difference of the part between the common first and last
// lines; an edit touches a few places, so D is small. Each round keeps only
// the diagonals it reached (2d+1 of them), so memory is O(D^2).
std::vector<Op> middle_ops(const std::string_view* a, long n, const std::string_view* b, long m) {
    std::vector<Op> ops;
    if (n == 0 || m == 0) {
        ops.assign(static_cast<std::size_t>(n), Op::del);
        ops.insert(ops.end(), static_cast<std::size_t>(m), Op::add);
        return ops;
    }
    const long max = n + m;
    std::vector<long> v(static_cast<std::size_t>(2 * max + 3), 0);
    auto at = [&](long k) -> long& { return v[static_cast<std::size_t>(k + max + 1)]; };
    std::vector<std::vector<long>> trace;  // trace[d][k + d]: the furthest x on diagonal k before round d
    for (long d = 0; d <= max; ++d) {
        std::vector<long> slice(static_cast<std::size_t>(2 * d + 3));
        for (long k = -d - 1; k <= d + 1; ++k) slice[static_cast<std::size_t>(k + d + 1)] = at(k);
        trace.push_back(std::move(slice));
        for (long k = -d; k <= d; k += 2) {
            long x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
            long y = x - k;
            while (x < n && y < m && a[x] == b[y]) ++x, ++y;
            at(k) = x;
            if (x < n || y < m) continue;
            for (long dd = d; dd > 0; --dd) {
                const auto& pv = trace[static_cast<std::size_t>(dd)];
                auto pat = [&](long kk) { return pv[static_cast<std::size_t>(kk + dd + 1)]; };
                long kk = x - y;
                long pk = (kk == -dd || (kk != dd && pat(kk - 1) < pat(kk + 1))) ? kk + 1 : kk - 1;
                long px = pat(pk), py = px - pk;
                while (x > px && y > py) ops.push_back(Op::same), --x, --y;
                ops.push_back(x == px ? Op::add : Op::del);
                x = px, y = py;
            }
            while (x > 0) ops.push_back(Op::same), --x;
            return {ops.rbegin(), ops.rend()};
        }
    }
    return ops;
}

std::vector<Op> diff_ops(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    std::size_t head = 0, tail = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    while (tail + head < a.size() && tail + head < b.size() && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
    std::vector<Op> ops(head, Op::same);
    auto mid = middle_ops(a.data() + head, static_cast<long>(a.size() - head - tail), b.data() + head,
                          static_cast<long>(b.size() - head - tail));
    ops.insert(ops.end(), mid.begin(), mid.end());
    ops.insert(ops.end(), tail, Op::same);
    return ops;
}

void put_line(std::string& out, char mark, std::string_view line) {
    out += mark;
    out.append(line.data(), line.size());
    if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(const std::string& path, const std::string& before, const std::string& after) {
    if (before == after) return {};
    auto a = split_lines(before), b = split_lines(after);
    std::vector<Op> ops = diff_ops(a, b);
    std::string out = fmt::format("--- a/{}\n+++ b/{}\n", path, path);
    constexpr std::size_t kContext = 3;
    std::size_t i = 0;
    while (i < ops.size()) {
        if (ops[i] == Op::same) {
            ++i;
            continue;
        }
        // A hunk: from kContext lines before this change to kContext after
        // the last change that is within 2*kContext of the one before.
        std::size_t start = i >= kContext ? i - kContext : 0, end = i;
        while (end < ops.size()) {
            std::size_t next = end;
            while (next < ops.size() && ops[next] != Op::same) ++next;
            std::size_t same = next;
            while (same < ops.size() && ops[same] == Op::same) ++same;
            if (same < ops.size() && same - next <= 2 * kContext) {
                end = same;
                continue;
            }
            end = std::min(ops.size(), next + kContext);
            break;
        }
        std::size_t ai = 0, bi = 0;
        for (std::size_t j = 0; j < start; ++j) {
            if (ops[j] != Op::add) ++ai;
            if (ops[j] != Op::del) ++bi;
        }
        std::size_t alen = 0, blen = 0;
        std::string body;
        std::size_t x = ai, y = bi;
        for (std::size_t j = start; j < end; ++j) {
            if (ops[j] == Op::same) put_line(body, ' ', a[x++]), ++y, ++alen, ++blen;
            else if (ops[j] == Op::del) put_line(body, '-', a[x++]), ++alen;
            else put_line(body, '+', b[y++]), ++blen;
        }
        out += fmt::format("@@ -{},{} +{},{} @@\n", alen ? ai + 1 : ai, alen, blen ? bi + 1 : bi, blen);
        out += body;
        i = end;
    }
    return out;
}

}  // namespace plan
