package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"github.com/socklab/socklab/runner/lift"
)

// The standard library's generic functions of slices, maps, cmp, errors,
// sync (OnceValue, OnceValues), reflect (TypeFor) and math/rand/v2 (N),
// and its iterator
// functions (Go 1.23 and later), are missing from the interpreter, which knows Go 1.22's library and compiles few generic
// functions. Those of Go 1.22's slices, maps and cmp it compiles from
// their source, but wrongly for some types: an untyped constant argument
// leaves the element type unset (slices.Index(ports, 2) of a []uint16
// panics with a nil value), a type the script declares on a basic type,
// which pass basicnamed makes a compiled type, satisfies no ~int of a
// constraint (cmp.Compare(Port(1), Port(2)): "does not implement
// cmp.Ordered"), and cmp.Or's variadic parameter does not compile. Each
// call of one becomes a call of a plain function for the call's own types,
// declared after the file's last line (or written in place where the
// file's top level cannot name the types), whose body does what the
// library function does.

// libraryFuncs are the bodies of the functions this pass writes, by
// import path and name. In a body, a0, a1, ... are the arguments, {E} the
// element type of the first argument (a slice or a map's value), {K} a
// map's key type, {A0R0}, {A0R1} the result types of a first argument
// that is a function, {T0} the first type argument, {R0} the first result
// type, {pkg} the name the file
// gives the function's package, {lift} the name it gives runner/lift
// (whose compiled sort.Slice orders as slices.SortFunc does, and whose
// bounds checks panic with Go's runtime error where Go's body checks
// bounds with a slice expression), {less} compares x and y as cmp.Less, and
// {minpick} and {maxpick} set m to min(m, y) and max(m, y) as the builtins
// do (a NaN wins, -0 is less than +0). Each body does what Go's own does,
// in the same order: the same calls of the script's functions, the same
// capacities, an iterator of strings or bytes that consumes its input.
// The table is made when first used (it is no part of a process that
// rewrites no script), with iter's Pull and Pull2 (see pullBody).
var libraryFuncs = sync.OnceValue(func() map[string]string {
	m := libraryTable()
	m["iter.Pull"] = pullBody("iter.Pull", "{E}")
	m["iter.Pull2"] = pullBody("iter.Pull2", "{K}", "{E}")
	return m
})

// libraryTable returns the table of libraryFuncs but for iter's.
func libraryTable() map[string]string {
	return map[string]string{
		"slices.Sort":             `{ if len(a0) > 1 { {lift}.SortSlice(a0, func(i, j int) bool { x, y := a0[i], a0[j]; return {less} }) } }`,
		"slices.SortFunc":         `{ if len(a0) > 1 { {lift}.SortSlice(a0, func(i, j int) bool { return a1(a0[i], a0[j]) < 0 }) } }`,
		"slices.SortStableFunc":   `{ if len(a0) > 1 { {lift}.SortSliceStable(a0, func(i, j int) bool { return a1(a0[i], a0[j]) < 0 }) } }`,
		"slices.IsSorted":         `{ for i := len(a0) - 1; i > 0; i-- { x, y := a0[i], a0[i-1]; if {less} { return false } }; return true }`,
		"slices.IsSortedFunc":     `{ for i := len(a0) - 1; i > 0; i-- { if a1(a0[i], a0[i-1]) < 0 { return false } }; return true }`,
		"slices.Min":              `{ if len(a0) < 1 { panic("slices.Min: empty list") }; m := a0[0]; for _, y := range a0[1:] { {minpick} }; return m }`,
		"slices.Max":              `{ if len(a0) < 1 { panic("slices.Max: empty list") }; m := a0[0]; for _, y := range a0[1:] { {maxpick} }; return m }`,
		"slices.MinFunc":          `{ if len(a0) < 1 { panic("slices.MinFunc: empty list") }; m := a0[0]; for _, y := range a0[1:] { if a1(y, m) < 0 { m = y } }; return m }`,
		"slices.MaxFunc":          `{ if len(a0) < 1 { panic("slices.MaxFunc: empty list") }; m := a0[0]; for _, y := range a0[1:] { if a1(y, m) > 0 { m = y } }; return m }`,
		"slices.BinarySearch":     `{ lo, hi := 0, len(a0); for lo < hi { h := int(uint(lo+hi) >> 1); x, y := a0[h], a1; if {less} { lo = h + 1 } else { hi = h } }; return lo, lo < len(a0) && (a0[lo] == a1 || a0[lo] != a0[lo] && a1 != a1) }`,
		"slices.BinarySearchFunc": `{ lo, hi := 0, len(a0); for lo < hi { h := int(uint(lo+hi) >> 1); if a2(a0[h], a1) < 0 { lo = h + 1 } else { hi = h } }; return lo, lo < len(a0) && a2(a0[lo], a1) == 0 }`,
		"slices.Index":            `{ for i := range a0 { if a1 == a0[i] { return i } }; return -1 }`,
		"slices.IndexFunc":        `{ for i := range a0 { if a1(a0[i]) { return i } }; return -1 }`,
		"slices.Contains":         `{ for i := range a0 { if a1 == a0[i] { return true } }; return false }`,
		"slices.ContainsFunc":     `{ for i := range a0 { if a1(a0[i]) { return true } }; return false }`,
		"slices.EqualFunc":        `{ if len(a0) != len(a1) { return false }; for i, v1 := range a0 { v2 := a1[i]; if !a2(v1, v2) { return false } }; return true }`,
		"slices.CompareFunc":      `{ for i, v1 := range a0 { if i >= len(a1) { return 1 }; v2 := a1[i]; if c := a2(v1, v2); c != 0 { return c } }; if len(a0) < len(a1) { return -1 }; return 0 }`,
		"cmp.Less":                `{ return a0 != a0 && a1 == a1 || a0 < a1 }`,
		"cmp.Compare":             `{ xNaN, yNaN := a0 != a0, a1 != a1; if xNaN { if yNaN { return 0 }; return -1 }; if yNaN { return 1 }; if a0 < a1 { return -1 }; if a0 > a1 { return 1 }; return 0 }`,
		"cmp.Or":                  `{ var zero {E}; for _, v := range a0 { if v != zero { return v } }; return zero }`,
		"slices.Equal":            `{ if len(a0) != len(a1) { return false }; for i := 0; i < len(a0); i++ { if a0[i] != a1[i] { return false } }; return true }`,
		"slices.Compare":          `{ for i := 0; i < len(a0) && i < len(a1); i++ { x, y := a0[i], a1[i]; if x != x || y != y { if x != x && y != y { continue }; if x != x { return -1 }; return 1 }; if x < y { return -1 }; if x > y { return 1 } }; if len(a0) < len(a1) { return -1 }; if len(a0) > len(a1) { return 1 }; return 0 }`,
		"slices.Reverse":          `{ for i, j := 0, len(a0)-1; i < j; i, j = i+1, j-1 { a0[i], a0[j] = a0[j], a0[i] } }`,
		"slices.Clone":            `{ if a0 == nil { return nil }; return append({R0}{}, a0...) }`,
		"slices.Clip":             `{ return a0[:len(a0):len(a0)] }`,
		"slices.Grow":             `{ n := a1; if n < 0 { panic("cannot be negative") }; if n -= cap(a0) - len(a0); n > 0 { a0 = append(a0[:cap(a0)], make([]{E}, n)...)[:len(a0)] }; return a0 }`,
		"slices.Delete":           `{ {lift}.Slice3(a1, 0, a1, a2, len(a0), cap(a0)); if a1 == a2 { return a0 }; oldlen := len(a0); a0 = append(a0[:a1], a0[a2:]...); var zero {E}; for k := len(a0); k < oldlen; k++ { a0[:oldlen][k] = zero }; return a0 }`,
		"slices.DeleteFunc":       `{ i := -1; for k := 0; k < len(a0); k++ { if a1(a0[k]) { i = k; break } }; if i == -1 { return a0 }; for j := i + 1; j < len(a0); j++ { if v := a0[j]; !a1(v) { a0[i] = v; i++ } }; var zero {E}; for k := i; k < len(a0); k++ { a0[k] = zero }; return a0[:i] }`,
		"slices.Compact":          `{ if len(a0) < 2 { return a0 }; for k := 1; k < len(a0); k++ { if a0[k] == a0[k-1] { s2 := a0[k:]; for k2 := 1; k2 < len(s2); k2++ { if s2[k2] != s2[k2-1] { a0[k] = s2[k2]; k++ } }; var zero {E}; for z := k; z < len(a0); z++ { a0[z] = zero }; return a0[:k] } }; return a0 }`,
		"slices.CompactFunc":      `{ if len(a0) < 2 { return a0 }; for k := 1; k < len(a0); k++ { if a1(a0[k], a0[k-1]) { s2 := a0[k:]; for k2 := 1; k2 < len(s2); k2++ { if !a1(s2[k2], s2[k2-1]) { a0[k] = s2[k2]; k++ } }; var zero {E}; for z := k; z < len(a0); z++ { a0[z] = zero }; return a0[:k] } }; return a0 }`,
		"slices.Insert":           `{ {lift}.SliceFrom(a1, len(a0)); v := append([]{E}(nil), a2...); m := len(v); if m == 0 { return a0 }; n := len(a0); if a1 == n { return append(a0, v...) }; if n+m > cap(a0) { s2 := append(a0[:a1], make({R0}, n+m-a1)...); copy(s2[a1:], v); copy(s2[a1+m:], a0[a1:]); return s2 }; a0 = a0[:n+m]; copy(a0[a1+m:], a0[a1:]); copy(a0[a1:], v); return a0 }`,
		"slices.Replace":          `{ {lift}.SliceLow(a1, a2, cap(a0)); v := append([]{E}(nil), a3...); if a1 == a2 { m, n := len(v), len(a0); if m == 0 { return a0 }; if a1 == n { return append(a0, v...) }; if n+m > cap(a0) { s2 := append(a0[:a1], make({R0}, n+m-a1)...); copy(s2[a1:], v); copy(s2[a1+m:], a0[a1:]); return s2 }; a0 = a0[:n+m]; copy(a0[a1+m:], a0[a1:]); copy(a0[a1:], v); return a0 }; var zero {E}; if a2 == len(a0) { s2 := append(a0[:a1], v...); for k := len(s2); k < len(a0); k++ { a0[k] = zero }; return s2 }; tail := append([]{E}(nil), a0[a2:]...); tot := a1 + len(v) + len(tail); if tot > cap(a0) { s2 := append(a0[:a1], make({R0}, tot-a1)...); copy(s2[a1:], v); copy(s2[a1+len(v):], tail); return s2 }; r := a0[:tot]; copy(r[a1:], v); copy(r[a1+len(v):], tail); for k := tot; k < len(a0); k++ { a0[k] = zero }; return r }`,
		"slices.Concat":           `{ size := 0; for _, s := range a0 { size += len(s); if size < 0 { panic("len out of range") } }; var ns {R0}; if size > 0 { ns = append(ns, make({R0}, size)...)[:0] }; for _, s := range a0 { ns = append(ns, s...) }; return ns }`,
		"slices.Repeat":           `{ if a1 < 0 { panic("cannot be negative") }; n0 := len(a0) * a1; if a1 != 0 && (n0 < 0 || n0/a1 != len(a0)) { panic("the result of (len(x) * count) overflows") }; ns := make({R0}, n0); n := copy(ns, a0); for n < len(ns) { n += copy(ns[n:], ns[:n]) }; return ns }`,
		"slices.Chunk":            `{ if a1 < 1 { panic("cannot be less than 1") }; return func(yield func({R0E}) bool) { for i := 0; i < len(a0); i += a1 { end := len(a0[i:]); if a1 < end { end = a1 }; if !yield(a0[i : i+end : i+end]) { return } } } }`,
		"maps.Clone":              `{ if a0 == nil { return nil }; m := make({R0}, len(a0)); for k, v := range a0 { m[k] = v }; return m }`,
		"maps.Copy":               `{ for k, v := range a1 { a0[k] = v } }`,
		"maps.Equal":              `{ if len(a0) != len(a1) { return false }; for k, v1 := range a0 { if v2, ok := a1[k]; !ok || v1 != v2 { return false } }; return true }`,
		"maps.EqualFunc":          `{ if len(a0) != len(a1) { return false }; for k, v1 := range a0 { if v2, ok := a1[k]; !ok || !a2(v1, v2) { return false } }; return true }`,
		"maps.DeleteFunc":         `{ for k, v := range a0 { if a1(k, v) { delete(a0, k) } } }`,
		"slices.All":              `{ return func(yield func(int, {E}) bool) { for i, v := range a0 { if !yield(i, v) { return } } } }`,
		"slices.Values":           `{ return func(yield func({E}) bool) { for _, v := range a0 { if !yield(v) { return } } } }`,
		"slices.Backward":         `{ return func(yield func(int, {E}) bool) { for i := len(a0) - 1; i >= 0; i-- { if !yield(i, a0[i]) { return } } } }`,
		"slices.Collect":          `{ var s {R0}; a0(func(v {R0E}) bool { s = append(s, v); return true }); return s }`,
		"slices.AppendSeq":        `{ a1(func(v {E}) bool { a0 = append(a0, v); return true }); return a0 }`,
		"slices.Sorted":           `{ var s {R0}; a0(func(v {R0E}) bool { s = append(s, v); return true }); if len(s) > 1 { {lift}.SortSlice(s, func(i, j int) bool { x, y := s[i], s[j]; return {less} }) }; return s }`,
		"slices.SortedFunc":       `{ var s {R0}; a0(func(v {R0E}) bool { s = append(s, v); return true }); if len(s) > 1 { {lift}.SortSlice(s, func(i, j int) bool { return a1(s[i], s[j]) < 0 }) }; return s }`,
		"slices.SortedStableFunc": `{ var s {R0}; a0(func(v {R0E}) bool { s = append(s, v); return true }); if len(s) > 1 { {lift}.SortSliceStable(s, func(i, j int) bool { return a1(s[i], s[j]) < 0 }) }; return s }`,
		"maps.Keys":               `{ return func(yield func({K}) bool) { for k := range a0 { if !yield(k) { return } } } }`,
		"maps.Values":             `{ return func(yield func({E}) bool) { for _, v := range a0 { if !yield(v) { return } } } }`,
		"maps.All":                `{ return func(yield func({K}, {E}) bool) { for k, v := range a0 { if !yield(k, v) { return } } } }`,
		"maps.Collect":            `{ m := {R0}{}; a0(func(k {R0K}, v {R0E}) bool { m[k] = v; return true }); return m }`,
		"maps.Insert":             `{ a1(func(k {K}, v {E}) bool { a0[k] = v; return true }) }`,
		"strings.SplitSeq":        `{ return func(yield func(string) bool) { if len(a1) == 0 { for len(a0) > 0 { _, size := {lift}.DecodeRuneInString(a0); if !yield(a0[:size]) { return }; a0 = a0[size:] }; return }; for { i := {pkg}.Index(a0, a1); if i < 0 { break }; if !yield(a0[:i]) { return }; a0 = a0[i+len(a1):] }; yield(a0) } }`,
		"strings.SplitAfterSeq":   `{ return func(yield func(string) bool) { if len(a1) == 0 { for len(a0) > 0 { _, size := {lift}.DecodeRuneInString(a0); if !yield(a0[:size]) { return }; a0 = a0[size:] }; return }; for { i := {pkg}.Index(a0, a1); if i < 0 { break }; if !yield(a0[:i+len(a1)]) { return }; a0 = a0[i+len(a1):] }; yield(a0) } }`,
		"strings.FieldsSeq":       `{ return func(yield func(string) bool) { start := -1; for i := 0; i < len(a0); { size := 1; r := rune(a0[i]); if r >= 0x80 { r, size = {lift}.DecodeRuneInString(a0[i:]) }; if {lift}.IsSpace(r) { if start >= 0 { if !yield(a0[start:i]) { return }; start = -1 } } else if start < 0 { start = i }; i += size }; if start >= 0 { yield(a0[start:]) } } }`,
		"strings.FieldsFuncSeq":   `{ return func(yield func(string) bool) { start := -1; for i := 0; i < len(a0); { r, size := {lift}.DecodeRuneInString(a0[i:]); if a1(r) { if start >= 0 { if !yield(a0[start:i]) { return }; start = -1 } } else if start < 0 { start = i }; i += size }; if start >= 0 { yield(a0[start:]) } } }`,
		"strings.Lines":           `{ return func(yield func(string) bool) { for len(a0) > 0 { var line string; if i := {pkg}.IndexByte(a0, '\n'); i >= 0 { line, a0 = a0[:i+1], a0[i+1:] } else { line, a0 = a0, "" }; if !yield(line) { return } } } }`,
		"bytes.SplitSeq":          `{ return func(yield func([]byte) bool) { if len(a1) == 0 { for len(a0) > 0 { _, size := {lift}.DecodeRune(a0); if !yield(a0[:size:size]) { return }; a0 = a0[size:] }; return }; for { i := {pkg}.Index(a0, a1); if i < 0 { break }; if !yield(a0[:i:i]) { return }; a0 = a0[i+len(a1):] }; yield(a0[:len(a0):len(a0)]) } }`,
		"bytes.SplitAfterSeq":     `{ return func(yield func([]byte) bool) { if len(a1) == 0 { for len(a0) > 0 { _, size := {lift}.DecodeRune(a0); if !yield(a0[:size:size]) { return }; a0 = a0[size:] }; return }; for { i := {pkg}.Index(a0, a1); if i < 0 { break }; n := i + len(a1); if !yield(a0[:n:n]) { return }; a0 = a0[n:] }; yield(a0[:len(a0):len(a0)]) } }`,
		"bytes.FieldsSeq":         `{ return func(yield func([]byte) bool) { start := -1; for i := 0; i < len(a0); { size := 1; r := rune(a0[i]); if r >= 0x80 { r, size = {lift}.DecodeRune(a0[i:]) }; if {lift}.IsSpace(r) { if start >= 0 { if !yield(a0[start:i:i]) { return }; start = -1 } } else if start < 0 { start = i }; i += size }; if start >= 0 { yield(a0[start:len(a0):len(a0)]) } } }`,
		"bytes.FieldsFuncSeq":     `{ return func(yield func([]byte) bool) { start := -1; for i := 0; i < len(a0); { r, size := {lift}.DecodeRune(a0[i:]); if a1(r) { if start >= 0 { if !yield(a0[start:i:i]) { return }; start = -1 } } else if start < 0 { start = i }; i += size }; if start >= 0 { yield(a0[start:len(a0):len(a0)]) } } }`,
		"bytes.Lines":             `{ return func(yield func([]byte) bool) { for len(a0) > 0 { var line []byte; if i := {pkg}.IndexByte(a0, '\n'); i >= 0 { line, a0 = a0[:i+1], a0[i+1:] } else { line = a0; a0 = nil }; if !yield(line[:len(line):len(line)]) { return } } } }`,
		"errors.AsType":           `{ var e {R0}; ok := {pkg}.As(a0, &e); return e, ok }`,
		"sync.OnceValue":          `{ d := struct { f {R0}; once {pkg}.Once; valid bool; p any; result {A0R0} }{f: a0}; return func() {A0R0} { d.once.Do(func() { defer func() { d.f = nil; d.p = recover(); if !d.valid { panic(d.p) } }(); d.result = d.f(); d.valid = true }); if !d.valid { panic(d.p) }; return d.result } }`,
		"sync.OnceValues":         `{ d := struct { f {R0}; once {pkg}.Once; valid bool; p any; r1 {A0R0}; r2 {A0R1} }{f: a0}; return func() ({A0R0}, {A0R1}) { d.once.Do(func() { defer func() { d.f = nil; d.p = recover(); if !d.valid { panic(d.p) } }(); d.r1, d.r2 = d.f(); d.valid = true }); if !d.valid { panic(d.p) }; return d.r1, d.r2 } }`,
		"reflect.TypeFor":         `{ var v {T0}; if t := {pkg}.TypeOf(v); t != nil { return t }; return {pkg}.TypeOf((*{T0})(nil)).Elem() }`,
		"math/rand/v2.N":          `{ if a0 <= 0 { panic("invalid argument to N") }; return {R0}({pkg}.Uint64N(uint64(a0))) }`,
	}
}

func library(p *Package, f *ast.File, e *Editor) {
	helpers := map[string]string{}
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && libraryValue(p, f, e, x, stack) {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fun := ast.Unparen(call.Fun)
		if ix, ok := fun.(*ast.IndexExpr); ok {
			fun = ix.X
		} else if ix, ok := fun.(*ast.IndexListExpr); ok {
			fun = ix.X
		}
		sel, ok := fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		pn := pkgOf(p.Info, sel)
		if pn == nil {
			return true
		}
		tmpl, ok := libraryFuncs()[pn.Imported().Path()+"."+sel.Sel.Name]
		if !ok {
			return true
		}
		sig, ok := p.Info.TypeOf(call.Fun).(*types.Signature)
		if !ok || sig.TypeParams() != nil {
			return true
		}
		text, atFile, ok := libraryFunc(p, f, sig, p.Info.Instances[sel.Sel].TypeArgs, tmpl, pn.Name())
		if ok {
			text = liftedEquals(p, e, call.Pos(), pn.Imported().Path()+"."+sel.Sel.Name, sig, text)
			recordPicks(p, call.Pos(), tmpl, sig)
		}
		if strings.Contains(text, "{lift}") {
			text = strings.ReplaceAll(text, "{lift}", e.Import(lift.Package))
		}
		if !ok {
			e.Refuse(call.Pos(), "%s.%s with types this file cannot name: write the loop it stands for", pn.Name(), sel.Sel.Name)
			return true
		}
		text = libraryAppends(p, f, e, sig, text, atFile)
		if e.editedInside(call.Fun.Pos(), call.Fun.End()) {
			// The type arguments' edits (an instance's alias,
			// errors.AsType[*LimitError[int]]), which text spells itself.
			if _, ok := e.Move(call.Fun.Pos(), call.Fun.End()); !ok {
				e.Refuse(call.Pos(), "%s.%s with type arguments that another rewrite edits here: write the loop it stands for", pn.Name(), sel.Sel.Name)
				return true
			}
		}
		if !atFile {
			e.Replace(call.Fun.Pos(), call.Fun.End(), "func"+text)
			return true
		}
		name, ok := helpers[text]
		if !ok {
			name = e.Name(pn.Imported().Name() + "_" + sel.Sel.Name)
			helpers[text] = name
			e.Append("func " + name + text)
		}
		e.Replace(call.Fun.Pos(), call.Fun.End(), name)
		return true
	})
}

// libraryValue writes x, a function of the table used as a value and not
// called (sortInts := slices.Sort[[]int]), as a function literal for its
// types, which the interpreter, lacking the function, could not name
// ("undefined selector"); it reports whether x is one. A literal, not a
// function declared after the file's last line: the interpreter makes a
// declared function used as a value a Go function only where it sees one
// is needed (see pass declfuncs).
func libraryValue(p *Package, f *ast.File, e *Editor, x ast.Expr, stack []ast.Node) bool {
	fun := x
	switch ix := x.(type) {
	case *ast.IndexExpr:
		fun = ix.X
	case *ast.IndexListExpr:
		fun = ix.X
	}
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pn := pkgOf(p.Info, sel)
	if pn == nil {
		return false
	}
	tmpl, ok := libraryFuncs()[pn.Imported().Path()+"."+sel.Sel.Name]
	if !ok {
		return false
	}
	var child ast.Node = x
	for i := len(stack) - 1; i >= 0; i-- {
		switch parent := stack[i].(type) {
		case *ast.ParenExpr:
			child = parent
			continue
		case *ast.CallExpr:
			if parent.Fun == child {
				return false // a call, which library writes as one
			}
		case *ast.IndexExpr:
			if parent.X == child {
				return false // the instance around it is the value
			}
		case *ast.IndexListExpr:
			if parent.X == child {
				return false
			}
		}
		break
	}
	sig, ok := p.Info.TypeOf(x).(*types.Signature)
	if !ok || sig.TypeParams() != nil {
		return false
	}
	text, atFile, ok := libraryFunc(p, f, sig, p.Info.Instances[sel.Sel].TypeArgs, tmpl, pn.Name())
	if !ok {
		e.Refuse(x.Pos(), "%s.%s with types this file cannot name: write the loop it stands for", pn.Name(), sel.Sel.Name)
		return true
	}
	text = liftedEquals(p, e, x.Pos(), pn.Imported().Path()+"."+sel.Sel.Name, sig, text)
	recordPicks(p, x.Pos(), tmpl, sig)
	text = libraryAppends(p, f, e, sig, text, atFile)
	if strings.Contains(text, "{lift}") {
		text = strings.ReplaceAll(text, "{lift}", e.Import(lift.Package))
	}
	e.Replace(x.Pos(), x.End(), "func"+text+directive(p, x.End()))
	return true
}

// libraryFunc returns the signature and body of the function that stands
// for a library function of signature sig and type arguments targs, and
// whether the file's top level can name its types.
func libraryFunc(p *Package, f *ast.File, sig *types.Signature, targs *types.TypeList, tmpl, pkg string) (text string, atFile, ok bool) {
	for _, top := range []bool{true, false} {
		spell := func(t types.Type) string {
			name, good := typeName(p, f, t, top)
			ok = ok && good
			return name
		}
		ok = true
		var params, results []string
		for i := range sig.Params().Len() {
			t := sig.Params().At(i).Type()
			if sig.Variadic() && i == sig.Params().Len()-1 {
				params = append(params, fmt.Sprintf("a%d ...%s", i, spell(t.(*types.Slice).Elem())))
				continue
			}
			params = append(params, fmt.Sprintf("a%d %s", i, spell(t)))
		}
		for i := range sig.Results().Len() {
			results = append(results, spell(sig.Results().At(i).Type()))
		}
		vars := map[string]string{"{pkg}": pkg, "{less}": "x < y || x != x && y == y"}
		if targs != nil && targs.Len() > 0 && strings.Contains(tmpl, "{T0}") {
			vars["{T0}"] = spell(targs.At(0))
		}
		if sig.Params().Len() > 0 {
			if f, ok := sig.Params().At(0).Type().Underlying().(*types.Signature); ok {
				for i := range f.Results().Len() {
					vars[fmt.Sprintf("{A0R%d}", i)] = spell(f.Results().At(i).Type())
				}
			}
			k, e := keyElem(sig.Params().At(0).Type())
			if k != nil {
				vars["{K}"] = spell(k)
			}
			if e != nil {
				vars["{E}"] = spell(e)
				vars["{minpick}"], vars["{maxpick}"] = picks[0][0], picks[1][0]
				if b, ok := e.Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 {
					vars["{minpick}"], vars["{maxpick}"] = picks[0][1], picks[1][1]
				}
			}
		}
		if sig.Results().Len() > 0 {
			r := sig.Results().At(0).Type()
			vars["{R0}"] = spell(r)
			k, e := keyElem(r)
			if k != nil {
				vars["{R0K}"] = spell(k)
			}
			if e != nil {
				vars["{R0E}"] = spell(e)
			}
		}
		body := tmpl
		for k, v := range vars {
			body = strings.ReplaceAll(body, k, v)
		}
		res := strings.Join(results, ", ")
		if len(results) > 1 {
			res = "(" + res + ")"
		}
		text = "(" + strings.Join(params, ", ") + ") " + res + " " + body
		if ok {
			return text, top, true
		}
	}
	return "", false, false
}

// keyElem returns the key and element types of a slice, map or
// iterator type.
func keyElem(t types.Type) (key, elem types.Type) {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return nil, u.Elem()
	case *types.Map:
		return u.Key(), u.Elem()
	case *types.Signature:
		if u.Params().Len() == 1 {
			if y, ok := u.Params().At(0).Type().Underlying().(*types.Signature); ok {
				switch y.Params().Len() {
				case 1:
					return nil, y.Params().At(0).Type()
				case 2:
					return y.Params().At(0).Type(), y.Params().At(1).Type()
				}
			}
		}
	}
	return nil, nil
}

// WritesOut reports whether the rewrite writes out the library function
// or type name ("slices.Sort", "strings.Lines", "sync/atomic.Pointer")
// for the interpreter, which lacks it: the refusal of functions newer than the interpreter's library
// leaves these alone.
func WritesOut(name string) bool {
	_, ok := libraryFuncs()[name]
	return ok || name == "sync/atomic.Pointer"
}

// equalForms are the comparisons of two elements in the bodies of
// libraryFuncs, by function, and the calls of lift.Equal that stand for
// them where the interpreter's == of two elements compares the wrappers
// it keeps them in rather than what they hold (see
// comparer.comparedTypes): slices.Index of a []Shape found no Shape.
var equalForms = map[string][][2]string{
	"slices.Index":    {{"a1 == a0[i]", "{lift}.Equal(a1, a0[i])"}},
	"slices.Contains": {{"a1 == a0[i]", "{lift}.Equal(a1, a0[i])"}},
	"slices.Equal":    {{"a0[i] != a1[i]", "!{lift}.Equal(a0[i], a1[i])"}},
	"slices.Compact":  {{"a0[k] == a0[k-1]", "{lift}.Equal(a0[k], a0[k-1])"}, {"s2[k2] != s2[k2-1]", "!{lift}.Equal(s2[k2], s2[k2-1])"}},
	"maps.Equal":      {{"v1 != v2", "!{lift}.Equal(v1, v2)"}},
}

// liftedEquals returns text, the body written out for the library
// function name of signature sig, with its comparisons of elements
// written as equalForms has them where the first argument's elements
// need it, refusing at at.
func liftedEquals(p *Package, e *Editor, at token.Pos, name string, sig *types.Signature, text string) string {
	forms, ok := equalForms[name]
	if !ok || sig.Params().Len() == 0 {
		return text
	}
	_, elem := keyElem(sig.Params().At(0).Type())
	if elem != nil && hasTypeParam(elem) {
		if p.typedEquals == nil {
			p.typedEquals = map[token.Pos]typedEqual{}
		}
		p.typedEquals[at] = typedEqual{elem, forms}
		return text
	}
	if elem == nil || !newComparer(p, e).comparedTypes(at, elem, elem) {
		return text
	}
	return typedEqual{elem, forms}.lifted(text, e.Import(lift.Package))
}

// A typedEqual is the element type of a body that pass library writes and
// the forms of its comparisons of elements (see equalForms).
type typedEqual struct {
	elem  types.Type
	forms [][2]string
}

// lifted returns text with the forms' comparisons written as calls of
// lift.Equal, which the file names liftName.
func (t typedEqual) lifted(text, liftName string) string {
	for _, f := range t.forms {
		text = strings.ReplaceAll(text, f[0], strings.ReplaceAll(f[1], "{lift}", liftName))
	}
	return text
}

// picks are the texts of {minpick} and {maxpick} in the bodies of
// libraryFuncs, for a type that is no floating-point one and for one that
// is, where a NaN wins and -0 is less than +0.
var picks = [2][2]string{
	{"if y < m { m = y }", "switch { case m != m: case y != y: m = y; case y < m: m = y; case y == 0 && m == 0 && 1/y < 0: m = y }"},
	{"if y > m { m = y }", "switch { case m != m: case y != y: m = y; case y > m: m = y; case y == 0 && m == 0 && 1/y > 0: m = y }"},
}

// floatPicks returns text, the body written out for a library function
// whose picks (see picks) are those of a type parameter, with the picks
// of a floating-point type, where the copy of a generic function makes
// elem, the type of the elements, one.
func floatPicks(elem types.Type, text string) string {
	b, ok := elem.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsFloat == 0 {
		return text
	}
	for _, pick := range picks {
		text = strings.ReplaceAll(text, pick[0], pick[1])
	}
	return text
}

// recordPicks records, for the copies of a generic function, where a body
// written out at at for a library function of template tmpl and
// signature sig picks elements of a type that involves a type parameter
// (slices.Min of a []T).
func recordPicks(p *Package, at token.Pos, tmpl string, sig *types.Signature) {
	if !strings.Contains(tmpl, "pick}") || sig.Params().Len() == 0 {
		return
	}
	if _, elem := keyElem(sig.Params().At(0).Type()); elem != nil && hasTypeParam(elem) {
		if p.typedPicks == nil {
			p.typedPicks = map[token.Pos]types.Type{}
		}
		p.typedPicks[at] = elem
	}
}
