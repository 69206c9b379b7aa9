//go:build !linux

package textpages

// Release does nothing where the kernel's mappings are not known.
func Release() {}
