package lift

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// gob names the description of a type where it first meets it, once for
// the process: its Name where it is the value encoded, a slice's element
// or a struct's field (there its String where it has no Name), none
// where it is an array's element or a map's key or element. gobShadow
// follows gob through the types of each value the script encodes as gob
// does (encoding/gob's newTypeObject), so that it knows where gob first
// met each, and gives it the name Go's types have there.
var gobShadow = &gobNaming{
	roots:   map[reflect.Type]bool{},
	created: map[reflect.Type]bool{},
	names:   map[reflect.Type]string{},
}

// gobNaming holds the name Go gives the description of each type gob
// has met.
type gobNaming struct {
	mu      sync.Mutex
	roots   map[reflect.Type]bool   // the types of values encoded
	created map[reflect.Type]bool   // the types gob has described
	names   map[reflect.Type]string // Go's name of each type described
}

// encode follows gob's getTypeInfo of rt, the type of a value encoded.
func (s *gobNaming) encode(rt reflect.Type, t *GobTable) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.roots[rt] {
		return
	}
	s.roots[rt] = true
	top := gobBase(rt)
	if gobExternal(rt) {
		top = rt
	}
	s.baseType(t.goName(top), top, t)
}

// name returns the name Go gives gob's description of rt.
func (s *gobNaming) name(rt reflect.Type) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	name, ok := s.names[rt]
	return name, ok
}

// described reports whether gob has described rt, a base type.
func (s *gobNaming) described(rt reflect.Type) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.created[rt]
}

// baseType is gob's getBaseType: it describes rt's base type under name,
// unless gob has described it already.
func (s *gobNaming) baseType(name string, rt reflect.Type, t *GobTable) {
	base := gobBase(rt)
	if s.created[base] {
		return
	}
	if gobExternal(rt) {
		s.describe(base, name)
		return
	}
	switch base.Kind() {
	case reflect.Array:
		s.describe(base, name)
		s.baseType("", base.Elem(), t)
	case reflect.Map:
		s.describe(base, name)
		s.baseType("", base.Key(), t)
		s.baseType("", base.Elem(), t)
	case reflect.Slice:
		if base.Elem().Kind() == reflect.Uint8 {
			return
		}
		s.describe(base, name)
		s.baseType(t.goName(base.Elem()), base.Elem(), t)
	case reflect.Struct:
		s.describe(base, name)
		for i := range base.NumField() {
			f := base.Field(i)
			if !gobSent(f) {
				continue
			}
			ft := gobBase(f.Type)
			tname := t.goName(ft)
			if tname == "" {
				tname = t.goString(ft)
			}
			s.baseType(tname, f.Type, t)
		}
	}
}

func (s *gobNaming) describe(rt reflect.Type, name string) {
	s.created[rt] = true
	s.names[rt] = name
}

// gobSent is gob's isSent: whether a struct field is sent, exported and
// not a channel or function.
func gobSent(f reflect.StructField) bool {
	if !gobExported(f.Name) {
		return false
	}
	k := gobBase(f.Type).Kind()
	return k != reflect.Chan && k != reflect.Func
}

// goName is the Name of the Go type whose runtime type under the
// interpreter is rt.
func (t *GobTable) goName(rt reflect.Type) string {
	if n, ok := gobStandInName(rt); ok {
		return n.name
	}
	if t != nil {
		if n, ok := t.wire[rt]; ok {
			return n.name
		}
	}
	return rt.Name()
}

// goString is the String of the Go type whose runtime type under the
// interpreter is rt.
func (t *GobTable) goString(rt reflect.Type) string {
	if n, ok := gobStandInName(rt); ok {
		return n.str
	}
	if t != nil {
		if n, ok := t.wire[rt]; ok {
			return n.str
		}
	}
	if rt.Name() != "" {
		return rt.String()
	}
	switch rt.Kind() {
	case reflect.Pointer:
		return "*" + t.goString(rt.Elem())
	case reflect.Slice:
		return "[]" + t.goString(rt.Elem())
	case reflect.Array:
		return "[" + strconv.Itoa(rt.Len()) + "]" + t.goString(rt.Elem())
	case reflect.Map:
		return "map[" + t.goString(rt.Key()) + "]" + t.goString(rt.Elem())
	case reflect.Chan:
		s := t.goString(rt.Elem())
		switch rt.ChanDir() {
		case reflect.RecvDir:
			return "<-chan " + s
		case reflect.SendDir:
			return "chan<- " + s
		}
		if strings.HasPrefix(s, "<-") {
			return "chan (" + s + ")"
		}
		return "chan " + s
	}
	return rt.String()
}
