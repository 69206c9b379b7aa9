//go:build !linux

package main

// releaseInitPages does nothing where /proc/self/maps is not there to say
// which pages are the program's own (initpages_linux.go).
func releaseInitPages() {}
