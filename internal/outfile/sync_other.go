//go:build !linux

package outfile

import "errors"

const defaultStrategy = "parallel"

func syncsWhole(int) bool { return false }

func startAhead(string) (*ahead, error) { return nil, errors.ErrUnsupported }
