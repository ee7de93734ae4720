package lift

import (
	"errors"
	"reflect"
	"sort"
	"strings"
	"text/template"
)

// The interpreter's runtime types of a script have no names: a struct is
// spelled by its fields (struct { Title string; N int }), a named basic
// type by socklab's pool type (lift.Float64_1). text/template names the
// type of the value it fails on in its errors (can't evaluate field
// Missing in type main.Board), so under the interpreter an error named
// the runtime type. The rewrite (runner/rewrite, pass template) hands the
// error of a template's Execute and ExecuteTemplate to TemplateError with
// a table of the script's types by their runtime spelling, and the error
// names them as Go does; runner/refuse refuses the types it cannot tell
// by their spelling.

// TemplateNames maps the runtime spellings of a script's types to the
// names Go gives them, longest spelling first.
type TemplateNames struct {
	from, to []string
	// hidden holds the unexported fields of each struct type, by its name:
	// the interpreter made them exported (Xname), so that a template that
	// names one fails as on a missing field.
	hidden map[string][]string
	// exported holds the names of the fields of the table's struct types
	// that are exported in Go too, which printf leaves as they are.
	exported map[string]bool
	// names holds the names the interpreter gives those unexported fields
	// where no struct of the table has an exported field of that name
	// (Xtoken), which an execution renames where they name a field.
	names map[string]bool
	// untoldFrom and untoldTo map the runtime spellings of the types of
	// one execution's data that the interpreter makes their underlying
	// type (type Tags []string is []string) to Go's names, longest
	// spelling first (see TemplateUntold).
	untoldFrom, untoldTo []string
}

// TemplateUntold returns tab (nil: a table of no types) with the types of
// one execution's data that the interpreter makes their underlying type,
// each given as a nil slice of it ([]T(nil)), named as Go names it by
// names of the same index (main.Tags, []main.Tags). runner/refuse lets a
// type be one only where nothing else the data may hold has its runtime
// spelling, so that in the execution's error the spelling says which type
// it is.
func TemplateUntold(tab *TemplateNames, slices []any, names []string) *TemplateNames {
	out := &TemplateNames{hidden: map[string][]string{}, exported: map[string]bool{}}
	if tab != nil {
		*out = *tab
	}
	out.untoldFrom, out.untoldTo = nil, nil
	type pair struct{ from, to string }
	var pairs []pair
	for i, s := range slices {
		rt := reflect.TypeOf(s)
		if i >= len(names) || rt == nil || rt.Kind() != reflect.Slice || rt.Elem().String() == names[i] {
			continue
		}
		pairs = append(pairs, pair{out.rename(rt.Elem().String()), names[i]}) // as untold sees it, after rename
	}
	sort.SliceStable(pairs, func(i, j int) bool { return len(pairs[i].from) > len(pairs[j].from) })
	for _, p := range pairs {
		out.untoldFrom, out.untoldTo = append(out.untoldFrom, p.from), append(out.untoldTo, p.to)
	}
	return out
}

// TemplateTypes returns the table of the script's types, each given as a
// nil slice of it ([]T(nil)), named as Go names it by names of the same
// index (main.Board), with the names of its unexported fields.
func TemplateTypes(slices []any, names []string, unexported [][]string) *TemplateNames {
	tab := &TemplateNames{hidden: map[string][]string{}, exported: map[string]bool{}}
	for i, fields := range unexported {
		if i < len(names) && len(fields) > 0 {
			tab.hidden[names[i]] = fields
		}
	}
	for i, s := range slices {
		rt := reflect.TypeOf(s)
		if rt == nil || rt.Kind() != reflect.Slice || rt.Elem().Kind() != reflect.Struct {
			continue
		}
		hidden := map[string]bool{}
		if i < len(unexported) {
			for _, f := range unexported[i] {
				hidden["X"+f] = true
			}
		}
		for j := range rt.Elem().NumField() {
			if n := rt.Elem().Field(j).Name; !hidden[n] {
				tab.exported[n] = true
			}
		}
	}
	tab.names = tab.hiddenNames()
	type pair struct{ from, to string }
	var pairs []pair
	for i, s := range slices {
		rt := reflect.TypeOf(s)
		if i >= len(names) || rt == nil || rt.Kind() != reflect.Slice || rt.Elem().String() == names[i] {
			continue
		}
		pairs = append(pairs, pair{rt.Elem().String(), names[i]})
	}
	sort.SliceStable(pairs, func(i, j int) bool { return len(pairs[i].from) > len(pairs[j].from) })
	for _, p := range pairs {
		tab.from, tab.to = append(tab.from, p.from), append(tab.to, p.to)
	}
	return tab
}

// TemplateError returns err, an error of a template's execution, naming
// the script's types in tab as Go names them: the same error where it
// names none, otherwise an error of the new text that unwraps as err
// does (a template.ExecError stays one, of the same Name).
func TemplateError(err error, tab *TemplateNames) error {
	if err == nil || tab == nil {
		return err
	}
	var ee template.ExecError
	if errors.As(err, &ee) && ee == err {
		if inner := TemplateError(ee.Err, tab); inner != ee.Err {
			return template.ExecError{Name: ee.Name, Err: inner}
		}
		return err
	}
	text := err.Error()
	renamed := tab.untold(tab.unexported(tab.rename(tab.unhide(text))))
	if renamed == text {
		return err
	}
	return &renamedError{text: renamed, err: err}
}

// rename replaces each spelling of tab in s, where it stands alone (not
// part of a longer identifier), by its name.
func (tab *TemplateNames) rename(s string) string {
	for i, from := range tab.from {
		if !strings.Contains(s, from) {
			continue
		}
		var b strings.Builder
		at := 0 // s[:at] is written
		for k := 0; k < len(s); {
			j := strings.Index(s[k:], from)
			if j < 0 {
				break
			}
			j += k
			end := j + len(from)
			if (j == 0 || !identByte(s[j-1]) || !identByte(from[0])) && (end == len(s) || !identByte(s[end]) || !identByte(from[len(from)-1])) {
				b.WriteString(s[at:j])
				b.WriteString(tab.to[i])
				at = end
				k = end
				continue
			}
			k = j + 1
		}
		b.WriteString(s[at:])
		s = b.String()
	}
	return s
}

// unexported rewrites text/template's error about a missing field of a
// struct type of the script, where the field is one of its unexported
// ones, as Go's error about an unexported field: the interpreter's type
// has it exported under another name, so the template found none.
func (tab *TemplateNames) unexported(s string) string {
	const missing, in = "can't evaluate field ", " in type "
	i := strings.Index(s, missing)
	if i < 0 {
		return s
	}
	rest := s[i+len(missing):]
	field, typ, ok := strings.Cut(rest, in)
	if !ok || strings.ContainsAny(field, " ") {
		return s
	}
	end := len(typ)
	if j := strings.IndexAny(typ, " :"); j >= 0 {
		end = j
	}
	name := strings.TrimLeft(typ[:end], "*")
	for _, f := range tab.hidden[name] {
		if f == field {
			return s[:i] + field + " is an unexported field of struct type " + typ
		}
	}
	return s
}

// identByte reports whether c may be part of a Go identifier.
func identByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

// A renamedError is an error of a template that names the script's types
// as Go does; it unwraps as the error it renames.
type renamedError struct {
	text string
	err  error
}

func (e *renamedError) Error() string { return e.text }

// Unwrap returns what the renamed error wraps.
func (e *renamedError) Unwrap() []error {
	switch u := e.err.(type) {
	case interface{ Unwrap() error }:
		if w := u.Unwrap(); w != nil {
			return []error{w}
		}
	case interface{ Unwrap() []error }:
		return u.Unwrap()
	}
	return nil
}

// untold replaces, in the message of s, an error of an execution, each
// spelling of tab's untold types that stands as a whole type (after a
// space or at the message's start, before its end, a space or one of
// ":;,.)") by Go's name of it. The template's name and the node it failed
// at, before the message, are left as they are.
func (tab *TemplateNames) untold(s string) string {
	if len(tab.untoldFrom) == 0 {
		return s
	}
	start := 0
	if i := strings.Index(s, " at <"); i >= 0 {
		if j := strings.Index(s[i:], ">: "); j >= 0 {
			start = i + j + len(">: ")
		}
	}
	head, msg := s[:start], s[start:]
	var b strings.Builder
	for k := 0; k < len(msg); {
		if k == 0 || msg[k-1] == ' ' || msg[k-1] == '(' {
			matched := false
			for i, from := range tab.untoldFrom {
				end := k + len(from)
				if strings.HasPrefix(msg[k:], from) && (end == len(msg) || strings.IndexByte(" :;,.)", msg[end]) >= 0) {
					b.WriteString(tab.untoldTo[i])
					k, matched = end, true
					break
				}
			}
			if matched {
				continue
			}
		}
		b.WriteByte(msg[k])
		k++
	}
	return head + b.String()
}
