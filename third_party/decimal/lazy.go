// This file is gongwen's, not upstream's: see ../../README.md (依赖及原因).

package decimal

import "sync"

// lazyConst builds a constant's approximations on first use: parsing the
// 2 000-digit ln 10 at package initialisation cost every command of a
// program linking this package a third of a millisecond, for logarithms
// it may never take. (No sync.OnceValue: the module's go.mod says go 1.10.)
func lazyConst(value string) func() constApproximation {
	var once sync.Once
	var c constApproximation
	return func() constApproximation {
		once.Do(func() { c = newConstApproximation(value) })
		return c
	}
}

// lazyDecimals builds a table of coefficients on first use: the sine,
// cosine and tangent tables were 2.4 M instructions of NewFromFloat at
// package initialisation.
func lazyDecimals(build func() []Decimal) func() []Decimal {
	var once sync.Once
	var t []Decimal
	return func() []Decimal {
		once.Do(func() { t = build() })
		return t
	}
}
