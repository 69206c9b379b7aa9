package funcs

import "sync"

// registry is every function of Map, in registration order. It is made on
// first use: the three hundred entries, with their descriptions and
// examples, were the costliest start-up of gongwen's own packages, paid by
// every command.
var registry = sync.OnceValue(func() []entry {
	var all []entry
	for _, group := range []struct {
		ns      string
		entries []entry
	}{{"cn", cnFuncs()}, {"time", timeFuncs()}, {"", sprigFuncs()}} {
		for _, e := range group.entries {
			if group.ns != "" {
				e.Namespace = group.ns
			}
			all = append(all, e)
		}
	}
	seen := map[string]bool{}
	for _, e := range all {
		if seen[e.Name] {
			panic("funcs: " + e.Name + " registered twice")
		}
		seen[e.Name] = true
	}
	return all
})
