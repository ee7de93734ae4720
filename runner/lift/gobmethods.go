package lift

import (
	"encoding/gob"
	"errors"
	"reflect"
	"strings"
	"sync"
)

// gob encodes a value of a type with a GobEncode or MarshalBinary method
// by what the method returns, and decodes into one with GobDecode or
// UnmarshalBinary by handing the method the bytes (encoding/gob's own
// example, a Vector with MarshalBinary and UnmarshalBinary). gob finds
// the methods by reflect, which sees none on the interpreter's types, so
// it sent the type's fields. The rewrite (pass goberrors) hands an Encode
// of such a value, and a Decode into &v of such a type, to
// GobEncodeMethod and GobDecodeMethod with the script's method as a
// method value: they encode and decode a stand-in of the pool, a
// compiled type of its own for each of the script's types, whose method
// calls the script's. gob describes the stand-in as it describes the
// script's type in a Go build (a GobEncoder or a BinaryMarshaler), under
// the name Go gives it (see GobNewEncoder), and names it in its errors
// as Go does.

// The kinds of gob's methods, as the rewrite gives them.
const (
	gobKindGob    = 0 // GobEncode, GobDecode
	gobKindBinary = 1 // MarshalBinary, UnmarshalBinary
)

// GobMethodsPerKind is how many of the script's types of each kind the
// pool stands in for.
const GobMethodsPerKind = 8

// gobMethodValues are the script's methods a stand-in calls.
type gobMethodValues struct {
	enc func() ([]byte, error)
	dec func([]byte) error
}

func (m gobMethodValues) encode() ([]byte, error) {
	if m.enc == nil {
		return nil, errors.New("gob: no method to encode with") // cannot happen: GobEncodeMethod sets it
	}
	return m.enc()
}

func (m gobMethodValues) decode(b []byte) error {
	if m.dec == nil {
		return errors.New("gob: no method to decode with")
	}
	return m.dec(b)
}

// gobStandIns assigns the pool's types to the script's types, by Go's
// String of them (main.Vector).
var gobStandIns = struct {
	sync.Mutex
	slots [2]map[string]int
	// names holds Go's Name and String of the type each stand-in
	// stands in for.
	names map[reflect.Type]gobGoName
}{slots: [2]map[string]int{{}, {}}, names: map[reflect.Type]gobGoName{}}

// gobStandIn returns the pool's type that stands in for the script's type
// of Go's name and str, of kind; false where the pool has none left.
func gobStandIn(kind int, name, str string) (reflect.Type, bool) {
	if kind != gobKindGob && kind != gobKindBinary {
		return nil, false
	}
	s := &gobStandIns
	s.Lock()
	defer s.Unlock()
	i, ok := s.slots[kind][str]
	if !ok {
		i = len(s.slots[kind])
		if i >= len(gobProxies[kind]) {
			return nil, false
		}
		s.slots[kind][str] = i
		s.names[gobProxies[kind][i]] = gobGoName{name, str}
	}
	return gobProxies[kind][i], true
}

// gobStandInName returns Go's Name and String of the type rt stands in
// for, where rt is one of the pool's.
func gobStandInName(rt reflect.Type) (gobGoName, bool) {
	s := &gobStandIns
	s.Lock()
	defer s.Unlock()
	n, ok := s.names[rt]
	return n, ok
}

// GobEncodeMethod is enc.Encode(x) for x of the script's type named name
// (Go's String of it str) whose gob method of kind (0 GobEncode, 1
// MarshalBinary) is m, x's method value; ptr is set where x is a pointer
// to the type (&v).
func GobEncodeMethod(enc *gob.Encoder, kind int, name, str string, ptr bool, m func() ([]byte, error), t *GobTable) error {
	rt, ok := gobStandIn(kind, name, str)
	if !ok {
		return errors.New("gob: socklab stands in for at most 8 types with gob's methods of one kind")
	}
	v := reflect.New(rt)
	*(*gobMethodValues)(v.UnsafePointer()) = gobMethodValues{enc: m} // each of the pool's types is a struct of one gobMethodValues
	x := v.Elem().Interface()
	if ptr {
		x = v.Interface()
	}
	return gobStandInError(GobEncode(enc, x, t), rt, str)
}

// GobDecodeMethod is dec.Decode(&v) for v of the script's type named name
// (Go's String of it str) whose gob method of kind (0 GobDecode, 1
// UnmarshalBinary) is m, (&v)'s method value.
func GobDecodeMethod(dec *gob.Decoder, kind int, name, str string, m func([]byte) error, t *GobTable) error {
	rt, ok := gobStandIn(kind, name, str)
	if !ok {
		return errors.New("gob: socklab stands in for at most 8 types with gob's methods of one kind")
	}
	v := reflect.New(rt)
	*(*gobMethodValues)(v.UnsafePointer()) = gobMethodValues{dec: m}
	return gobStandInError(GobDecode(dec, v.Interface(), t), rt, str)
}

// gobStandInError returns err with the stand-in rt named as Go names the
// type it stands in for.
func gobStandInError(err error, rt reflect.Type, str string) error {
	if err == nil || errors.Unwrap(err) != nil || !strings.Contains(err.Error(), rt.String()) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), rt.String(), str))
}
