// Package docx is gongwen's Word template engine: Go text/template actions
// written in the text of a .docx, rendered into a new .docx.
//
// # Templates
//
// Authors write actions ({{.Activity.Name}}, {{range .Tasks}} … {{end}})
// in Word or WPS. The engine copes with what those editors do:
//
//   - An action split over several runs — by a formatting change, proofing
//     marks (w:proofErr), bookmarks, w:lastRenderedPageBreak or revision
//     ids — is joined into the run where it starts, with that run's
//     formatting; text outside actions keeps its runs byte for byte.
//   - Inside actions only: curly quotes become straight, full-width braces
//     ｛｛ ｝｝, spaces and the ASCII punctuation of a Chinese IME (。 for .)
//     become ASCII, keywords capitalised by AutoCorrect ({{Range}}, {{End}})
//     lowercase, dashes hyphens, and a tab or line break typed inside an
//     action white space.
//   - Placement: a paragraph holding only control actions (if, range, with,
//     else, end, define, block, template, comments, variable declarations)
//     is removed and its actions act on whole paragraphs; an if/range/with
//     whose start and end stand in different cells of one table row repeats
//     (or drops) the row; a table row holding only control actions is a
//     marker row: it is removed and the rows between marker rows repeat.
//     Anything else is inline. The parts of one block must stand at the
//     same level (both inline, both whole paragraphs, both row-level), so the
//     output is always well-formed; otherwise Parse reports where.
//     An empty loop leaves no blank paragraph or row, a table whose rows all
//     vanish vanishes, and a cell that loses all paragraphs gets an empty one.
//   - What an editor leaves in a paragraph of control actions does not keep
//     it: a page or column break (LibreOffice writes a page-break-before as
//     a page break at the end of the paragraph before) moves to the next
//     paragraph with content, a section break stays as an empty paragraph
//     outside the block, a bookmark reaching elsewhere stays between the
//     paragraphs (see moveout.go). A picture, field, tab or line break does
//     keep it, and a mismatch that follows says which.
//
// Templated parts are word/document.xml, headers, footers, footnotes,
// endnotes and docProps/core.xml (title, subject…). Other parts are copied
// raw by package opc.
//
// # Compilation
//
// Each part is indexed (byte offsets, no re-serialisation), its actions are
// found in the paragraphs' text and parsed one by one (so every syntax error
// is reported, each at its place), and the part becomes ONE text/template
// whose text is the part's XML with the actions spliced in. Delimiters are
// control characters XML forbids, so nothing in the XML is mistaken for an
// action. The parse tree is then rewritten, as html/template does, so that
// every printed value goes through an escaper: & < > escaped, "\n" a line
// break, "\t" a tab, characters XML 1.0 forbids removed. Only values of type
// Raw, which the document functions return, are inserted as markup.
//
// Document functions (see Funcs): paras (text → paragraphs with the host
// paragraph's formatting), pagebreak, br, tab, vmerge (vertical merge of
// equal adjacent cells of a repeated column), restartnum (restart list
// numbering, e.g. per loop iteration; adds w:num to numbering.xml), image
// PATH WIDTH (inline picture: media part, relationship and content type
// added per execution), columns ({{range columns .X}} in a cell repeats the
// cell and its grid column).
//
// # Execution
//
// A Template is immutable after Parse and safe for concurrent Execute.
// Output passes a writer that interprets markers the compiler placed in the
// template text (bytes XML forbids, so data cannot forge them): it makes
// ids of cloned content unique (wp:docPr, bookmarks, w14:paraId) while
// keeping the first use of every id, gives a copied footnote, endnote or
// comment reference its own copy of the note, merges vmerge cells, drops
// empty tables and fills empty cells, and enforces
// the output cap and the time limit (checked on every range iteration too,
// so {{range 1000000000}} fails cleanly). Template recursion is limited to
// 200 levels. Unless pictures, numbering restarts or note copies change
// other parts, Execute streams each part into the zip as it is rendered.
//
// Errors name the template file and the place as Word shows it — the
// body, the header or footer of the first, even or every page (of which
// section), the footnote by its number, a text box; the paragraph by its
// number and opening words, or the table, row and column — the text around
// the action and, at execution, the data path with the iteration
// (".Tasks[3].Lead"). Missing map keys and struct fields are
// errors unless Options.Missing is "empty", which prints nothing for
// anything missing or nil anywhere along a path.
//
// Not supported: actions inside field codes (w:instrText) or attribute
// values; numbering restarts for lists numbered through a paragraph style
// (restartnum needs a directly numbered paragraph).
package docx
