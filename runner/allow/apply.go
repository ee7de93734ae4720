package allow

import (
	pathpkg "path"
	"reflect"
)

// Apply returns the part of the tables t that a script run with f may
// reach, as the audit says: pure symbols as they are, wrapped ones through
// their gate (the original where f lifts the wrapper), refused ones only
// where f lifts the refusal, and nothing the audit does not name. If want
// is not nil, only the packages it accepts (by import path) are kept.
func Apply(t Exports, f Flags, want func(pkg string) bool) Exports {
	out := Exports{}
	for key, syms := range t {
		pkg := pathpkg.Dir(key)
		if want != nil && !want(pkg) {
			continue
		}
		var w map[string]reflect.Value // pkg's wrappers, built when first needed
		m := make(map[string]reflect.Value, len(syms))
		eachSymbol(pkg, func(name string, verdict Verdict) {
			v, ok := syms[name]
			if !ok {
				return
			}
			switch verdict.Class {
			case Pure:
				m[name] = v
			case Wrapped:
				if f.Has(verdict.Flag) {
					m[name] = v
					return
				}
				if w == nil {
					w = wrappersOf(pkg, f)
				}
				if g, ok := w[name]; ok {
					m[name] = g
				} else if routed[pkg+"."+name] {
					m[name] = v
				}
			case Refused:
				if f.Has(verdict.Flag) {
					m[name] = v
				}
			}
		})
		out[key] = m
	}
	return out
}
