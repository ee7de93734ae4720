package lift

import (
	"encoding/xml"
	"errors"
	"reflect"
	"sort"
	"strings"
	"sync"
)

// encoding/xml names a type in some of its errors by reflect's String of
// it: a *xml.TagPathError names the struct whose fields' tags conflict
// (main.Server field "Addr" with tag "listen>addr" conflicts with ...), a
// *xml.UnsupportedTypeError the type it cannot encode (xml: unsupported
// type: map[string]main.Entry), and the errors it makes with fmt and
// errors the struct of a rejected tag or the type it cannot decode into
// (unknown type [2]main.Item). The interpreter's runtime types of a
// script's types have no name, and lift.XML hands the encoder types of its
// own making, so those errors spelt the types by their fields. The rewrite
// (runner/rewrite, pass xml) hands the error of each encoding and decoding
// call to an XMLNames of the file, which names them as Go does; it only
// looks at an error, so a call that succeeds pays for a method call.

// XMLNames maps the spellings of the runtime types of a script's types
// (the interpreter's, and those lift.XML makes of them) to Go's names.
type XMLNames struct {
	spell map[string]string // the interpreter's String of a type -> Go's
}

// xmlMade holds the spellings of the struct types lift.XML makes for a
// script's named types, by Go's name of each; "" marks a spelling that two
// types share.
var xmlMade sync.Map // string -> string

// madeFor records that lift.XML encodes a value of rt, of the script's type
// that t describes, as a value of out, a type of its making, which
// encoding/xml may name in an error. The interpreter's own types are the
// file's table's (XMLTypeNames), which knows which of them it can name.
func madeFor(rt, out reflect.Type, t *Type) {
	if out == rt || t == nil || !t.defined || t.name == "" {
		return
	}
	s := out.String()
	if old, loaded := xmlMade.LoadOrStore(s, t.name); loaded && old.(string) != t.name {
		xmlMade.Store(s, "")
	}
}

// XMLTypeNames returns the table of the script's types, each given as a
// nil slice of it ([]T(nil)), named as Go names it by names of the same
// index (main.Entry). Two types whose runtime types the interpreter spells
// alike are left out: their errors cannot be told apart.
func XMLTypeNames(slices []any, names []string) *XMLNames {
	n := &XMLNames{spell: map[string]string{}}
	count := map[string]int{}
	for i, s := range slices {
		rt := reflect.TypeOf(s)
		if i >= len(names) || rt == nil || rt.Kind() != reflect.Slice {
			continue
		}
		sp := rt.Elem().String()
		count[sp]++
		n.spell[sp] = names[i]
	}
	for sp, c := range count {
		if c > 1 || n.spell[sp] == sp {
			delete(n.spell, sp)
		}
	}
	return n
}

// Bytes returns b and err, a call of xml.Marshal or MarshalIndent, with the
// script's types named in err as Go names them.
func (n *XMLNames) Bytes(b []byte, err error) ([]byte, error) {
	if err == nil {
		return b, nil
	}
	return b, n.Err(err)
}

// Err returns err, an error of encoding/xml's encoding or decoding, with
// the script's types named in it as Go names them: the same error where it
// names none; a *xml.TagPathError or *xml.UnsupportedTypeError of the same
// fields, whose type Go's name Strings; an error of the same text
// otherwise. Another error (a connection's, a syntax error) is returned
// as it is.
func (n *XMLNames) Err(err error) error {
	if err == nil || n == nil {
		return err
	}
	switch e := err.(type) {
	case *xml.TagPathError:
		if t, ok := n.goType(e.Struct); ok {
			return &xml.TagPathError{Struct: t, Field1: e.Field1, Tag1: e.Tag1, Field2: e.Field2, Tag2: e.Tag2}
		}
	case *xml.UnsupportedTypeError:
		if t, ok := n.goType(e.Type); ok {
			return &xml.UnsupportedTypeError{Type: t}
		}
	default:
		if reflect.TypeOf(err) != errorString {
			return err
		}
		msg := err.Error()
		if !xmlTypeError(msg) {
			return err
		}
		if renamed := n.rename(msg); renamed != msg {
			return errors.New(renamed)
		}
	}
	return err
}

// errorString is the type of the errors of errors.New and of fmt.Errorf
// without %w, with which encoding/xml makes the errors that name a type.
var errorString = reflect.TypeOf(errors.New(""))

// xmlTypeError reports whether msg is one of the errors of encoding/xml,
// made by errors.New or fmt.Errorf, that name a type.
func xmlTypeError(msg string) bool {
	for _, p := range []string{"xml: invalid tag in field ", "xml: namespace without name in field ", "xml: trailing '>' in field ", "xml: name ", "xml: bad type for comment field of ", "unknown type ", "cannot unmarshal into "} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// goType returns rt seen as Go's type of the script, whose String and Name
// are Go's, and whether it names another than rt's.
func (n *XMLNames) goType(rt reflect.Type) (reflect.Type, bool) {
	if rt == nil {
		return rt, false
	}
	s := rt.String()
	renamed := n.rename(s)
	if renamed == s {
		return rt, false
	}
	return namedType{rt, renamed}, true
}

// rename replaces each spelling of a script's type in s, where it stands
// alone (not part of a longer identifier), by Go's name of it, the longest
// spellings first.
func (n *XMLNames) rename(s string) string {
	var from, to []string
	add := func(f, t string) {
		if t != "" && strings.Contains(s, f) {
			from, to = append(from, f), append(to, t)
		}
	}
	for f, t := range n.spell {
		add(f, t)
	}
	xmlMade.Range(func(k, v any) bool {
		if _, own := n.spell[k.(string)]; !own {
			add(k.(string), v.(string))
		}
		return true
	})
	if len(from) == 0 {
		return s
	}
	idx := make([]int, len(from))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool {
		a, b := from[idx[i]], from[idx[j]]
		return len(a) > len(b) || len(a) == len(b) && a < b
	})
	tab := &TemplateNames{}
	for _, i := range idx {
		tab.from, tab.to = append(tab.from, from[i]), append(tab.to, to[i])
	}
	return tab.rename(s)
}

// namedType is a runtime type of a script's type as Go's reflect shows
// it: its String, Name and PkgPath are Go's; the rest is the type's own.
type namedType struct {
	reflect.Type
	name string // as Go's String spells it: main.Entry, map[string]main.Entry
}

func (t namedType) String() string { return t.name }

// Name returns the type's name within its package, as Go's does: "" but
// for a defined type.
func (t namedType) Name() string {
	if pkg, name, ok := qualified(t.name); ok && pkg != "" {
		return name
	}
	return ""
}

// PkgPath returns the package of a defined type of the script's: the
// script's main package is "main", as in a Go build.
func (t namedType) PkgPath() string {
	if pkg, _, ok := qualified(t.name); ok && pkg == "main" {
		return pkg
	}
	return t.Type.PkgPath()
}

// qualified splits a defined type's name, pkg.Name, into its parts.
func qualified(s string) (pkg, name string, ok bool) {
	pkg, name, ok = strings.Cut(s, ".")
	if !ok || pkg == "" || name == "" {
		return "", "", false
	}
	for _, c := range []byte(pkg + name) {
		if !identByte(c) {
			return "", "", false
		}
	}
	return pkg, name, true
}
