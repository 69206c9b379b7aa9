// Package data holds the files of the default data set that the binary
// itself needs: the JSON Schema of the data file, which `gongwen schema`
// prints. The schema is generated from the model by a test
// (internal/load: go test ./internal/load -run TestSchemaIsCommitted -update)
// and committed, so that the reflector that writes it stays out of the binary.
package data

import _ "embed"

// Schema is data/activity.schema.json as committed.
//
//go:embed activity.schema.json
var Schema []byte
