package funcs

// registry is every function of Map, in registration order.
var registry = func() []entry {
	var all []entry
	for _, group := range []struct {
		ns      string
		entries []entry
	}{{"cn", cnFuncs}, {"time", timeFuncs}, {"", sprigFuncs}} {
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
}()
