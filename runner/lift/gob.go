package lift

import (
	"encoding/gob"
	"errors"
	"reflect"
	"sort"
	"strings"
)

// encoding/gob names a type in its errors by reflect: the String of the
// type (gob: type not registered for interface: main.Move), or the Name
// of a struct type (type mismatch: no fields matched compiling decoder
// for Pos). The interpreter's struct types have no name, so the errors
// spelt out their fields (struct { X int; Y int }) or named nothing. The
// rewrite (runner/rewrite, pass goberrors) hands each Encode and Decode
// of a gob.Encoder and gob.Decoder to GobEncode and GobDecode with a
// table of the script's struct types, which name them in gob's errors as
// Go does.

// A GobTable maps the spelling of the interpreter's runtime types of the
// script's struct types to Go's.
type GobTable struct {
	names map[reflect.Type]string // Go's Name of each type
	// shared are the runtime types that two of the script's struct types
	// share (the interpreter makes them one): which of them gob met
	// cannot be told from its description, where names holds the last.
	shared  map[reflect.Type]bool
	strings []gobSpelling // longest first
	// pooled spells the pool's types that stand for the script's types
	// on basic types (lift.Int_1 for main.Level), each the script's own.
	pooled []gobSpelling
	// wire holds Go's Name and String of each runtime type that one type
	// of the script's alone has, for the descriptions gob sends (see
	// GobNewEncoder).
	wire map[reflect.Type]gobGoName
}

// gobGoName is Go's Name and String of a type.
type gobGoName struct{ name, str string }

type gobSpelling struct{ interp, goes string }

// GobTypes returns the table of the script's struct types, each given as a
// nil slice of it ([]T(nil)) followed by Go's String and Name of it
// ("main.Move", "Move"). Two types whose runtime types the interpreter
// spells alike are left out: their errors cannot be told apart.
func GobTypes(entries ...any) *GobTable {
	t := &GobTable{names: map[reflect.Type]string{}, shared: map[reflect.Type]bool{}}
	count := map[string]int{}
	var all []gobSpelling
	t.addWire(entries)
	for i := 0; i+2 < len(entries); i += 3 {
		rt := reflect.TypeOf(entries[i])
		str, _ := entries[i+1].(string)
		name, _ := entries[i+2].(string)
		if rt == nil || rt.Kind() != reflect.Slice {
			continue
		}
		rt = rt.Elem()
		if other, ok := t.names[rt]; ok && other != name {
			t.shared[rt] = true
		}
		t.names[rt] = name
		count[rt.String()]++
		all = append(all, gobSpelling{rt.String(), str})
	}
	for _, s := range all {
		if count[s.interp] == 1 && s.interp != s.goes {
			t.strings = append(t.strings, s)
		}
	}
	sort.SliceStable(t.strings, func(i, j int) bool { return len(t.strings[i].interp) > len(t.strings[j].interp) })
	return t
}

// Wire adds to t the script's types other than its struct types, each
// given as GobTypes takes them, for the names of gob's descriptions, and
// returns t.
func (t *GobTable) Wire(entries ...any) *GobTable {
	t.addWire(entries)
	for i := 0; i+1 < len(entries); i += 3 {
		rt := reflect.TypeOf(entries[i])
		str, _ := entries[i+1].(string)
		if rt == nil || rt.Kind() != reflect.Slice || !pooledType(rt.Elem()) {
			continue
		}
		if w := t.wire[rt.Elem()]; w.str == str {
			t.pooled = append(t.pooled, gobSpelling{rt.Elem().String(), str})
		}
	}
	return t
}

// pooledType reports whether rt is one of the pool's types (see Named),
// each of which stands for one type of the script's alone.
func pooledType(rt reflect.Type) bool {
	return rt.PkgPath() == reflect.TypeFor[GobTable]().PkgPath() && rt.Kind() != reflect.Struct && rt.Name() != ""
}

// replaceName replaces in s each occurrence of the type name old that is
// not part of a longer name.
func replaceName(s, old, new string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, old)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		end := i + len(old)
		b.WriteString(s[:i])
		if end < len(s) && isNameByte(s[end]) || i > 0 && isNameByte(s[i-1]) {
			b.WriteString(old)
		} else {
			b.WriteString(new)
		}
		s = s[end:]
	}
}

func isNameByte(c byte) bool {
	return c == '_' || c == '.' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// addWire adds entries, triples of GobTypes', to t.wire. A runtime type
// that two of the script's types share is given no name: which of them
// gob meets cannot be told.
func (t *GobTable) addWire(entries []any) {
	if t.wire == nil {
		t.wire = map[reflect.Type]gobGoName{}
	}
	for i := 0; i+2 < len(entries); i += 3 {
		rt := reflect.TypeOf(entries[i])
		str, _ := entries[i+1].(string)
		name, _ := entries[i+2].(string)
		if rt == nil || rt.Kind() != reflect.Slice {
			continue
		}
		rt = rt.Elem()
		if _, dup := t.wire[rt]; dup {
			t.wire[rt] = gobGoName{rt.Name(), rt.String()}
			continue
		}
		t.wire[rt] = gobGoName{name, str}
	}
}

// GobEncode is enc.Encode(v), with a type of the script named in gob's
// error as Go names it, and in the descriptions gob sends of the types
// of v where GobNewEncoder made enc.
func GobEncode(enc *gob.Encoder, v any, t *GobTable) error {
	if gw := gobWireOf(enc); gw != nil {
		return t.rename(gobEncodeWire(enc, gw, v, t), nil)
	}
	if rv := reflect.ValueOf(v); rv.IsValid() && !(rv.Kind() == reflect.Pointer && rv.IsNil()) {
		gobShadow.encode(rv.Type(), t) // which types gob has described, for GobDecode's errors
	}
	return t.rename(enc.Encode(v), nil)
}

// GobDecode is dec.Decode(v), with a type of the script named in gob's
// error as Go names it.
func GobDecode(dec *gob.Decoder, v any, t *GobTable) error {
	return t.renameFrom(dec.Decode(v), v, dec)
}

// rename returns err, or where it is one of gob's own that spells a type
// of the script's otherwise than Go, an error of the same text as Go's.
// target is what was decoded into, whose Name gob's error leaves out.
func (t *GobTable) rename(err error, target any) error { return t.renameFrom(err, target, nil) }

// renameFrom is rename, of an error of dec's Decode where dec is not nil,
// whose remote type is the one of the value dec received last.
func (t *GobTable) renameFrom(err error, target any, dec *gob.Decoder) error {
	if err == nil || t == nil {
		return err
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "gob: ") || errors.Unwrap(err) != nil {
		return err // the writer's or reader's error, as it is
	}
	renamed := msg
	const noFields = "gob: type mismatch: no fields matched compiling decoder for "
	if renamed == noFields && target != nil {
		rt := reflect.TypeOf(target)
		for rt != nil && rt.Kind() == reflect.Pointer {
			rt = rt.Elem()
		}
		renamed += t.names[rt]
	}
	renamed = t.remoteNamed(renamed, dec)
	for _, s := range t.strings {
		renamed = strings.ReplaceAll(renamed, s.interp, s.goes)
	}
	for _, s := range t.pooled {
		renamed = replaceName(renamed, s.interp, s.goes)
	}
	if renamed == msg {
		return err
	}
	return errors.New(renamed)
}

// Rename is rename, for a decoding done elsewhere than GobDecode: the
// argument of a request to the script's net/rpc service (runner/lift/rpcserve).
func (t *GobTable) Rename(err error, target any) error { return t.rename(err, target) }
