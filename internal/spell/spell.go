// Package spell measures how far a mistyped word is from a valid one, for
// the "您是不是要写 …" suggestions of every message that names a key, an id,
// a kind or a function.
package spell

// Distance is the optimal string alignment distance between a and b,
// counted in characters (runes): inserting, deleting or replacing one
// character, or swapping two neighbours, costs one. Words longer than 64
// characters are never close: the result is then a large number, so a
// hostile input cannot make a suggestion expensive.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 1 << 20
	}
	// Three rows: the one before the previous is needed for swaps.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// Nearest returns the candidate closest to got within maxDist, the first
// of equals in the order given; ok is false when none is that close.
func Nearest(got string, candidates []string, maxDist int) (best string, ok bool) {
	bestD := maxDist + 1
	for _, c := range candidates {
		if d := Distance(got, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best, bestD <= maxDist
}
