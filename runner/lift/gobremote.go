package lift

import (
	"encoding/gob"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// gob's error about a value decoded into a local type of another kind
// (gob: decoding into local type *int, received remote type Chat = struct
// { From string; Text string; }) describes the remote type by gob's own
// table of the types this process has described, where the stream was
// encoded in the same process: the interpreter's struct types, whose gob
// name is empty ( = struct { ... }), or, where gob met the type first as
// a struct field's, reflect's spelling of it (struct { Lat float64; Lon
// float64 } = struct { Lat float; Lon float; }). remoteNamed names the
// script's struct types in that description as Go's gob does.

// remoteMarkers precede the description of the remote type in gob's
// errors.
var remoteMarkers = []string{"received remote type ", "received concrete type "}

// remoteNamed returns msg with the description of the remote type that
// follows one of remoteMarkers, where it is that of one of t's struct
// types (or of a slice of one) as the interpreter's type describes it,
// replaced by Go's description of it. Where several of the script's
// struct types are described alike (fields of the same names and of
// kinds gob spells alike, int32 and int), the one is that whose type id
// is the one of the value dec received last (see gobReceived).
func (t *GobTable) remoteNamed(msg string, dec *gob.Decoder) string {
	interp := func(rt reflect.Type) (string, bool) {
		return "(?:|" + regexp.QuoteMeta(rt.String()) + ")", true
	}
	names, shared := t.structNames()
	goes := func(rt reflect.Type) (string, bool) {
		name, ok := names[rt]
		return name, ok
	}
	for _, m := range remoteMarkers {
		i := strings.Index(msg, m)
		if i < 0 {
			continue
		}
		remote := msg[i+len(m):]
		var found []gobRemote
		for rt := range names {
			pat, ok := gobString(rt, interp, regexp.QuoteMeta, map[reflect.Type]bool{})
			if !ok {
				continue
			}
			re, err := regexp.Compile(`^((?:\[\])?)` + pat + `$`)
			if err != nil {
				continue
			}
			sub := re.FindStringSubmatch(remote)
			if sub == nil {
				continue
			}
			r := gobRemote{rt: rt}
			if sub[1] != "" {
				r.rt = reflect.SliceOf(rt)
			}
			if desc, ok := gobString(rt, goes, func(s string) string { return s }, map[reflect.Type]bool{}); ok && !shared[rt] {
				r.desc = sub[1] + desc
			}
			found = append(found, r)
		}
		if len(found) > 1 && dec != nil {
			found = gobReceived(found, dec)
		}
		if len(found) == 1 && found[0].desc != "" {
			return msg[:i+len(m)] + found[0].desc
		}
	}
	return msg
}

// gobRemote is a type of the script's that a remote type's description
// fits: its runtime type and Go's description of it ("" where it cannot
// be told).
type gobRemote struct {
	rt   reflect.Type
	desc string
}

// structNames returns Go's Name of each of the script's struct types, by
// runtime type: t's and those declared inside functions that encodings
// have named (GobTable.Local), and the runtime types that two of them
// share.
func (t *GobTable) structNames() (map[reflect.Type]string, map[reflect.Type]bool) {
	names := make(map[reflect.Type]string, len(t.names))
	shared := make(map[reflect.Type]bool, len(t.shared))
	for rt, name := range t.names {
		names[rt] = name
		shared[rt] = t.shared[rt]
	}
	gobLocals.Range(func(k, v any) bool {
		rt, name := k.(reflect.Type), v.(string)
		if other, ok := names[rt]; ok && other != name || name == "" {
			shared[rt] = true
		}
		names[rt] = name
		return true
	})
	return names, shared
}

// gobString is gob's description of a value of rt (its wireType's
// string), each struct type named by name, the rest of the text passed
// through text; ok is false where name knows a struct type's name not.
func gobString(rt reflect.Type, name func(reflect.Type) (string, bool), text func(string) string, seen map[reflect.Type]bool) (string, bool) {
	for rt.Kind() == reflect.Pointer {
		rt = rt.Elem()
	}
	basic := map[reflect.Kind]string{
		reflect.Bool: "bool", reflect.String: "string", reflect.Interface: "interface",
		reflect.Int: "int", reflect.Int8: "int", reflect.Int16: "int", reflect.Int32: "int", reflect.Int64: "int",
		reflect.Uint: "uint", reflect.Uint8: "uint", reflect.Uint16: "uint", reflect.Uint32: "uint", reflect.Uint64: "uint", reflect.Uintptr: "uint",
		reflect.Float32: "float", reflect.Float64: "float", reflect.Complex64: "complex", reflect.Complex128: "complex",
	}
	if b, ok := basic[rt.Kind()]; ok {
		return text(b), true
	}
	switch rt.Kind() {
	case reflect.Slice:
		if rt.Elem().Kind() == reflect.Uint8 {
			return text("bytes"), true
		}
		elem, ok := gobString(rt.Elem(), name, text, seen)
		return text("[]") + elem, ok
	case reflect.Array:
		elem, ok := gobString(rt.Elem(), name, text, seen)
		return text("["+strconv.Itoa(rt.Len())+"]") + elem, ok
	case reflect.Map:
		key, ok1 := gobString(rt.Key(), name, text, seen)
		elem, ok2 := gobString(rt.Elem(), name, text, seen)
		return text("map[") + key + text("]") + elem, ok1 && ok2
	case reflect.Struct:
		n, ok := name(rt)
		if !ok || seen[rt] {
			return n, ok
		}
		seen[rt] = true
		var b strings.Builder
		b.WriteString(n + text(" = struct { "))
		for i := range rt.NumField() {
			f := rt.Field(i)
			if !f.IsExported() || f.Type.Kind() == reflect.Func || f.Type.Kind() == reflect.Chan {
				continue
			}
			ft, ok := gobString(f.Type, name, text, seen)
			if !ok {
				return "", false
			}
			b.WriteString(text(f.Name+" ") + ft + text("; "))
		}
		b.WriteString(text("}"))
		return b.String(), true
	}
	return text(rt.String()), true
}
