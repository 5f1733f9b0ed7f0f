#pragma once
// The few changes the Word paper makes inside .docx packages (zip files,
// read and written with libzip): an A4 default for pandoc's reference
// document, and the council template's header and footer references, so
// that the paper's own section breaks keep the template's page furniture.
#include <string>

namespace plan {

// Page sizes in twentieths of a point, with 2 cm margins: A4 portrait and
// landscape section properties, `references` (headerReference and
// footerReference elements) inside them.
std::string a4_section(bool landscape, const std::string& references);

// Writes pandoc's default reference document (`pandoc_default`, the bytes of
// `pandoc --print-default-data-file reference.docx`) to `path` with A4
// portrait pages: pandoc's own has an empty sectPr, which Word and
// LibreOffice take as US Letter. False when the package cannot be changed.
bool write_a4_reference(const std::string& path, const std::string& pandoc_default);

// The headerReference and footerReference elements of the last section of a
// template's word/document.xml, as XML text; "" when it has none or cannot
// be read.
std::string template_section_references(const std::string& docx_path);

}  // namespace plan
