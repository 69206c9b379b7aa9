// Package resave holds the re-save round trip of the built-in Word
// templates (resave_test.go): each is exported, opened and saved by
// LibreOffice and by python-docx as a clerk's office suite would, and the
// data sets are built with the re-saved copies and with the built-ins,
// compared as a reader sees them — text with its page breaks, lint
// findings, tables, pages and their sizes. It is a package
// of its own, holding nothing else, so that go test runs its LibreOffice
// conversions beside the other packages' tests.
package resave
