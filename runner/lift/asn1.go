package lift

import (
	"encoding/asn1"
	"errors"
	"reflect"
	"sort"
	"strings"
)

// encoding/asn1's structural errors name the type of the value or field
// they fail on as reflect names it, and the interpreter's types have other
// names at run time: "unknown Go type: *struct { Sensor string; Temp
// lift.Float64_1 }" where Go says *main.Reading, "tags don't match (...)
// Int_1 @2" where Go says Version. The rewrite hands a call of Marshal or
// Unmarshal whose value holds a type the script declares to lift's
// function of the same name, with the script's types that the value's
// static type holds (ASN1Names), by which the error is given Go's names.

// ASN1Types are a script's types, each with the names reflect gives it
// under Go: its String (main.Reading) and its Name (Reading).
type ASN1Types struct {
	strs  [][2]string // the interpreter's String, Go's: longest first
	names map[string]string
	blank string // Go's Name of the one type the interpreter names "", or ""
}

// ASN1Names describes the script's types given as nil slices of them
// ([]T(nil)), with Go's String and Name of each at the same index;
// unnamed says that the value holds a type Go names "" too (a slice, a
// pointer), so that a "" in an error is not taken for a script's type.
func ASN1Names(zeros []any, strs, names []string, unnamed bool) *ASN1Types {
	t := &ASN1Types{names: map[string]string{}}
	byStr := map[string]string{}
	byName := map[string]string{}
	blanks := map[string]bool{}
	for i, z := range zeros {
		rt := reflect.TypeOf(z)
		if rt == nil || rt.Kind() != reflect.Slice || i >= len(strs) || i >= len(names) {
			continue
		}
		rt = rt.Elem()
		if s := rt.String(); s != strs[i] {
			if old, ok := byStr[s]; ok && old != strs[i] {
				byStr[s] = "" // two types of one runtime form: not told apart
			} else {
				byStr[s] = strs[i]
			}
		}
		switch n := rt.Name(); {
		case n == "":
			blanks[names[i]] = true
		case n != names[i]:
			if old, ok := byName[n]; ok && old != names[i] {
				byName[n] = ""
			} else {
				byName[n] = names[i]
			}
		}
	}
	for s, g := range byStr {
		if g != "" {
			t.strs = append(t.strs, [2]string{s, g})
		}
	}
	sort.Slice(t.strs, func(i, j int) bool { return len(t.strs[i][0]) > len(t.strs[j][0]) })
	for n, g := range byName {
		if g != "" {
			t.names[n] = g
		}
	}
	if len(blanks) == 1 && !unnamed {
		for n := range blanks {
			t.blank = n
		}
	}
	return t
}

// ASN1Marshal is asn1.Marshal, its error naming the script's types as Go
// does.
func ASN1Marshal(val any, t *ASN1Types) ([]byte, error) {
	b, err := asn1.Marshal(val)
	return b, t.named(err)
}

// ASN1MarshalWithParams is asn1.MarshalWithParams, its error naming the
// script's types as Go does.
func ASN1MarshalWithParams(val any, params string, t *ASN1Types) ([]byte, error) {
	b, err := asn1.MarshalWithParams(val, params)
	return b, t.named(err)
}

// ASN1Unmarshal is asn1.Unmarshal, its error naming the script's types as
// Go does.
func ASN1Unmarshal(b []byte, val any, t *ASN1Types) ([]byte, error) {
	rest, err := asn1.Unmarshal(b, val)
	return rest, t.named(err)
}

// ASN1UnmarshalWithParams is asn1.UnmarshalWithParams, its error naming
// the script's types as Go does.
func ASN1UnmarshalWithParams(b []byte, val any, params string, t *ASN1Types) ([]byte, error) {
	rest, err := asn1.UnmarshalWithParams(b, val, params)
	return rest, t.named(err)
}

// named returns err, an asn1.StructuralError, with Go's names of the
// script's types in its message; any other error as it is.
func (t *ASN1Types) named(err error) error {
	var se asn1.StructuralError
	if t == nil || err == nil || !errors.As(err, &se) || error(se) != err {
		return err
	}
	msg := se.Msg
	if head, ok := strings.CutPrefix(msg, "tags don't match ("); ok {
		// "tags don't match (%d vs %+v) %+v %s @%d": the Name of the field's type
		at := strings.LastIndex(msg, " @")
		brace := strings.LastIndex(msg[:max(at, 0)], "} ")
		if at < 0 || brace < 0 || head == "" {
			return err
		}
		name := msg[brace+2 : at]
		goName, ok := t.names[name]
		if name == "" {
			goName, ok = t.blank, t.blank != ""
		}
		if !ok {
			return err
		}
		return asn1.StructuralError{Msg: msg[:brace+2] + goName + msg[at:]}
	}
	for _, p := range t.strs {
		msg = strings.ReplaceAll(msg, p[0], p[1])
	}
	return asn1.StructuralError{Msg: msg}
}

// asn1Symbols are the functions of encoding/asn1 that the rewrite calls in
// place of the package's.
func asn1Symbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"ASN1Names":               reflect.ValueOf(ASN1Names),
		"ASN1Types":               reflect.ValueOf((*ASN1Types)(nil)),
		"ASN1Marshal":             reflect.ValueOf(ASN1Marshal),
		"ASN1MarshalWithParams":   reflect.ValueOf(ASN1MarshalWithParams),
		"ASN1Unmarshal":           reflect.ValueOf(ASN1Unmarshal),
		"ASN1UnmarshalWithParams": reflect.ValueOf(ASN1UnmarshalWithParams),
	}
}
