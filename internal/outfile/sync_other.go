//go:build !linux

package outfile

const defaultStrategy = "parallel"
