#include "render/report/docx_package.hpp"

#include <zip.h>

#include <fstream>

namespace plan {
namespace {

std::string read_entry(zip_t* z, const char* name) {
    zip_int64_t index = zip_name_locate(z, name, 0);
    if (index < 0) return {};
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(index), 0);
    if (!f) return {};
    std::string out;
    char buf[65536];
    for (zip_int64_t n; (n = zip_fread(f, buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
    zip_fclose(f);
    return out;
}

// The last <w:sectPr ...>...</w:sectPr> or <w:sectPr/> in the body: where it
// starts and how long it is.
std::pair<std::size_t, std::size_t> last_section(const std::string& xml) {
    std::size_t at = xml.rfind("<w:sectPr");
    if (at == std::string::npos) return {std::string::npos, 0};
    std::size_t tag_end = xml.find('>', at);
    if (tag_end == std::string::npos) return {std::string::npos, 0};
    if (xml[tag_end - 1] == '/') return {at, tag_end + 1 - at};
    std::size_t close = xml.find("</w:sectPr>", tag_end);
    if (close == std::string::npos) return {std::string::npos, 0};
    return {at, close + 11 - at};
}

}  // namespace

std::string a4_section(bool landscape, const std::string& references) {
    return "<w:sectPr>" + references +
           (landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                      : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") +
           "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" "
           "w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>";
}

bool write_a4_reference(const std::string& path, const std::string& pandoc_default) {
    {
        std::ofstream f(path, std::ios::binary | std::ios::trunc);
        f << pandoc_default;
        if (!f.flush()) return false;
    }
    int error = 0;
    zip_t* z = zip_open(path.c_str(), 0, &error);
    if (!z) return false;
    std::string xml = read_entry(z, "word/document.xml");
    auto [at, length] = last_section(xml);
    if (at == std::string::npos) {
        zip_discard(z);
        return false;
    }
    xml.replace(at, length, a4_section(false, ""));
    // libzip copies the buffer only when the archive is closed: `xml` lives until then.
    zip_source_t* source = zip_source_buffer(z, xml.data(), xml.size(), 0);
    zip_int64_t index = zip_name_locate(z, "word/document.xml", 0);
    if (!source || index < 0 || zip_file_replace(z, static_cast<zip_uint64_t>(index), source, ZIP_FL_ENC_UTF_8) < 0) {
        if (source) zip_source_free(source);
        zip_discard(z);
        return false;
    }
    return zip_close(z) == 0;
}

std::string template_section_references(const std::string& docx_path) {
    int error = 0;
    zip_t* z = zip_open(docx_path.c_str(), ZIP_RDONLY, &error);
    if (!z) return {};
    std::string xml = read_entry(z, "word/document.xml");
    zip_discard(z);
    auto [at, length] = last_section(xml);
    if (at == std::string::npos) return {};
    std::string section = xml.substr(at, length), out;
    for (const char* tag : {"<w:headerReference", "<w:footerReference"}) {
        for (std::size_t p = section.find(tag); p != std::string::npos; p = section.find(tag, p + 1)) {
            std::size_t end = section.find("/>", p);
            if (end == std::string::npos) break;
            out += section.substr(p, end + 2 - p);
        }
    }
    return out;
}

}  // namespace plan
