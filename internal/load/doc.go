// Package load reads the campaign data file (YAML, or JSON when the name
// ends in .json) into a *model.Campaign, and any YAML or JSON file into
// plain values for templates (Raw).
//
// Every problem is reported, not only the first, as a Diagnostic with the
// file, 1-based line and column (in characters), the key path
// (tasks[3].lead[0]) and a Chinese message: YAML and JSON syntax errors,
// tabs used for indentation, values of the wrong type, unknown keys (with a
// "您是不是要写 …" suggestion), duplicate keys, dates that are not
// YYYY-MM-DD or do not exist, values outside an enum; then the semantic
// problems of (*model.Campaign).Check (dangling and duplicate ids, bad
// periods, statuses that contradict completion dates), placed at the node of
// their key path. Only a syntax error stops the reading at the first problem.
//
// Decoding works on yaml.Node trees by reflection over the model's yaml
// tags. JSON is read by encoding/json, which rejects what YAML would allow
// (trailing commas, comments) and accepts what YAML would not (\/), and
// turned into the same node trees with positions, so both decode alike.
// Raw reads JSON first in one pass without positions (fastJSON) and builds
// the positioned tree only when that pass meets a problem, to place it.
//
// Text encodings: UTF-8 (a byte order mark is dropped), UTF-16 with a byte
// order mark and GB18030/GBK are read, the last two with a warning; lines
// that look like UTF-8 read as GBK and saved again (mojibake) are warnings.
//
// Limits, for files from anywhere: at most an eighth of the memory
// available (set by the machine, not by what data files usually are),
// nesting at most MaxDepth levels, alias expansion bounded by the size of
// the document (alias bombs), binary files refused. No input makes the package panic
// (FuzzLoad). The functions are safe for concurrent use.
//
// Schema returns the JSON Schema of the data file, generated from the same
// model tags.
package load
