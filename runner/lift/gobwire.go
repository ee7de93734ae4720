package lift

import (
	"bytes"
	"encoding"
	"encoding/gob"
	"io"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// gob sends, before the first value of a struct, slice, array or map
// type, a description of the type (a message of a negative type id) whose
// CommonType.Name gob takes from reflect where it first meets the type:
// the type's Name (Move), or for a struct field of an unnamed type its
// String ([]main.Move). The interpreter's types have none of Go's names:
// a struct type is reflect.StructOf's, unnamed, and a type declared on a
// slice or map is that slice or map. So the description of Move named
// nothing, and a field's []Move was spelt by its fields, and the bytes of
// a stream and their count differed from a Go build's, where the script
// could count or show them (a traffic meter, a buffer's Len, a hash).
//
// The rewrite (runner/rewrite, pass goberrors) makes each encoder with
// GobNewEncoder, whose writer gives each description the name Go gives
// it, and hands each Encode to GobEncode with the table of Go's names of
// the script's types. Only the names change: the interpreter's gob
// builds the same descriptions, the same type ids and the same values
// as Go's where each of the script's types it meets is a runtime type of
// its own, which runner/refuse requires where the bytes could be seen.

// gobWires maps the address of each encoder GobNewEncoder made to its
// writer; an entry goes with its encoder (where another encoder has taken
// the address since, the entry is the other's and stays).
var gobWires sync.Map // uintptr -> *gobWire

// GobNewEncoder is gob.NewEncoder(w), with the descriptions of the
// script's types named as Go names them (see GobEncode).
func GobNewEncoder(w io.Writer) *gob.Encoder {
	gw := &gobWire{w: w, sent: map[reflect.Type]bool{}}
	enc := gob.NewEncoder(gw)
	key := uintptr(unsafe.Pointer(enc))
	gobWires.Store(key, gw)
	runtime.AddCleanup(enc, func(gw *gobWire) { gobWires.CompareAndDelete(key, gw) }, gw)
	return enc
}

// gobWireOf returns the writer GobNewEncoder gave enc, nil where it gave
// none.
func gobWireOf(enc *gob.Encoder) *gobWire {
	gw, ok := gobWires.Load(uintptr(unsafe.Pointer(enc)))
	if !ok {
		return nil
	}
	return gw.(*gobWire)
}

// gobEncodeWire is enc.Encode(v) on an encoder of GobNewEncoder's: the
// names of the types v's descriptions carry are settled first, and the
// writer told which types' descriptions this Encode sends, in order.
func gobEncodeWire(enc *gob.Encoder, gw *gobWire, v any, t *GobTable) error {
	gw.mu.Lock()
	defer gw.mu.Unlock()
	rv := reflect.ValueOf(v)
	if rv.IsValid() && !(rv.Kind() == reflect.Pointer && rv.IsNil()) {
		gobShadow.encode(rv.Type(), t)
		gw.plan(rv.Type())
		if !gw.lost && gobTracksHeld(rv.Type()) {
			gw.held = gobHeldTypes(rv, gw.held[:0])
		}
	}
	gw.table = t
	err := enc.Encode(v)
	gw.expect, gw.next = gw.expect[:0], 0
	gw.held, gw.heldNext, gw.table = gw.held[:0], 0, nil
	return err
}

// A gobWire is the writer of an encoder of GobNewEncoder's. gob writes
// each message with one Write; a description of a type this Encode
// expects is written with the name Go gives the type, its length prefix
// counted again.
type gobWire struct {
	w  io.Writer
	mu sync.Mutex // held across an Encode
	// sent mirrors the encoder's own set of the types whose description
	// it has sent.
	sent map[reflect.Type]bool
	// expect are the types whose descriptions this Encode sends, in the
	// order gob sends them; next is the one the next description is of.
	expect []gobDescribed
	next   int
	// lost is set once a description came that no Encode of GobEncode's
	// expected (one of a type held in an interface, or of an Encode made
	// otherwise): the writer cannot tell which type the next is of, and
	// hands on the rest as it is.
	lost bool
	buf  []byte
	// held are the types of the values that interfaces inside the value
	// of this Encode hold, in the order gob meets them; heldNext is the
	// first whose description may come. gob describes such a type in the
	// middle of the value, at the end of the message that holds the
	// value up to the interface's name (see heldDescription).
	held     []reflect.Type
	heldNext int
	table    *GobTable // this Encode's
}

// gobDescribed is a type gob sends a description of: the type it records as
// sent (its base type, pointers taken off), and the user's type where
// gob records it too.
type gobDescribed struct{ base, user reflect.Type }

func (g *gobWire) Write(p []byte) (int, error) {
	if g.lost {
		return g.w.Write(p)
	}
	size, n := gobUint(p)
	if n == 0 || size != uint64(len(p)-n) {
		return g.w.Write(p)
	}
	u, m := gobUint(p[n:])
	if m == 0 || u&1 == 0 {
		if g.heldNext < len(g.held) {
			return g.heldDescription(p, n)
		}
		return g.w.Write(p) // a value: a non-negative type id
	}
	if g.next >= len(g.expect) {
		g.lost = true
		return g.w.Write(p)
	}
	want := g.expect[g.next]
	out := p
	if name, ok := gobShadow.name(want.base); ok {
		if renamed, ok := gobRename(p[n+m:], want.base, name); ok {
			g.buf = gobAppendUint(g.buf[:0], uint64(m+len(renamed)))
			g.buf = append(g.buf, p[n:n+m]...)
			g.buf = append(g.buf, renamed...)
			out = g.buf
		} else {
			g.lost = true
		}
	}
	if _, err := g.w.Write(out); err != nil {
		return 0, err
	}
	g.sent[want.base] = true
	g.sent[want.user] = true
	g.next++
	return len(p), nil
}

// heldDescription writes p, a message of a value, whose size prefix is n
// bytes long, with the description it may end with of the next type an
// interface holds given the name Go gives it, and expects the
// descriptions of the types inside that type to follow.
func (g *gobWire) heldDescription(p []byte, n int) (int, error) {
	for g.heldNext < len(g.held) {
		c := g.held[g.heldNext]
		if !g.sent[c] && gobDescribes(c) {
			break
		}
		g.sent[c] = true // gob records a basic type sent, with no description
		g.heldNext++
	}
	if g.heldNext >= len(g.held) {
		return g.w.Write(p)
	}
	c := g.held[g.heldNext]
	d, ok := gobDescriptionOf(c)
	body := p[n:]
	if !ok || len(body) <= len(d) || !bytes.HasSuffix(body, d) {
		return g.w.Write(p)
	}
	gobShadow.encode(c, g.table) // gob has met c just now, where it names it by its Name
	_, idLen := gobUint(d)
	out := p
	if name, ok := gobShadow.name(c); ok {
		renamed, ok := gobRename(d[idLen:], c, name)
		if !ok {
			g.lost = true
			return g.w.Write(p)
		}
		head := body[:len(body)-len(d)]
		g.buf = gobAppendUint(g.buf[:0], uint64(len(head)+idLen+len(renamed)))
		g.buf = append(g.buf, head...)
		g.buf = append(g.buf, d[:idLen]...)
		g.buf = append(g.buf, renamed...)
		out = g.buf
	}
	if _, err := g.w.Write(out); err != nil {
		return 0, err
	}
	g.heldNext++
	g.expect, g.next = g.expect[:0], 0
	g.sendType(c, map[reflect.Type]bool{})
	g.sent[c] = true
	g.next = 1 // c's own description is written
	return len(p), nil
}

// gobDescribes reports whether gob sends a description of rt, a base
// type.
func gobDescribes(rt reflect.Type) bool {
	if gobExternal(rt) {
		return true
	}
	switch rt.Kind() {
	case reflect.Array, reflect.Map, reflect.Struct:
		return true
	case reflect.Slice:
		return rt.Elem().Kind() != reflect.Uint8
	}
	return false
}

// gobDescriptions holds the description gob writes of each type, its
// type id and wireType as the interpreter's gob names it, by type.
var gobDescriptions sync.Map // reflect.Type -> []byte

// gobDescriptionOf returns gob's description of rt, a type gob has
// described already (so that asking makes no type id of its own): the
// first message of an encoder of a zero value of it, without its size.
func gobDescriptionOf(rt reflect.Type) ([]byte, bool) {
	if d, ok := gobDescriptions.Load(rt); ok {
		return d.([]byte), true
	}
	var w gobFirst
	_ = gob.NewEncoder(&w).EncodeValue(reflect.Zero(rt))
	if w.msg == nil {
		return nil, false
	}
	size, n := gobUint(w.msg)
	if n == 0 || int(size) != len(w.msg)-n {
		return nil, false
	}
	d := w.msg[n:]
	gobDescriptions.Store(rt, d)
	return d, true
}

// gobFirst keeps the first message written to it.
type gobFirst struct{ msg []byte }

func (w *gobFirst) Write(p []byte) (int, error) {
	if w.msg == nil {
		w.msg = bytes.Clone(p)
	}
	return len(p), nil
}

// gobHoldsInterface reports whether a value of rt may hold an interface
// that gob encodes.
func gobHoldsInterface(rt reflect.Type, seen map[reflect.Type]bool) bool {
	rt = gobBase(rt)
	if seen[rt] || gobExternal(rt) {
		return false
	}
	seen[rt] = true
	switch rt.Kind() {
	case reflect.Interface:
		return true
	case reflect.Slice, reflect.Array:
		return gobHoldsInterface(rt.Elem(), seen)
	case reflect.Map:
		return gobHoldsInterface(rt.Key(), seen) || gobHoldsInterface(rt.Elem(), seen)
	case reflect.Struct:
		for i := range rt.NumField() {
			if f := rt.Field(i); gobSent(f) && gobHoldsInterface(f.Type, seen) {
				return true
			}
		}
	}
	return false
}

// gobHeldTracked caches gobTracksHeld, by type.
var gobHeldTracked sync.Map // reflect.Type -> bool

// gobTracksHeld reports whether the writer follows the types the
// interfaces inside a value of rt hold: where it has interfaces, and none
// inside a map.
func gobTracksHeld(rt reflect.Type) bool {
	if b, ok := gobHeldTracked.Load(rt); ok {
		return b.(bool)
	}
	b := gobHoldsInterface(rt, map[reflect.Type]bool{}) && !gobMapHoldsInterface(rt, map[reflect.Type]bool{})
	gobHeldTracked.Store(rt, b)
	return b
}

// gobMapHoldsInterface reports whether a value of rt may hold a map whose
// keys or elements hold an interface: gob meets those in the map's order,
// which the writer cannot know beforehand (it asks gob for the
// descriptions only of types gob has described).
func gobMapHoldsInterface(rt reflect.Type, seen map[reflect.Type]bool) bool {
	rt = gobBase(rt)
	if seen[rt] || gobExternal(rt) {
		return false
	}
	seen[rt] = true
	switch rt.Kind() {
	case reflect.Slice, reflect.Array:
		return gobMapHoldsInterface(rt.Elem(), seen)
	case reflect.Map:
		return gobHoldsInterface(rt.Key(), map[reflect.Type]bool{}) || gobHoldsInterface(rt.Elem(), map[reflect.Type]bool{})
	case reflect.Struct:
		for i := range rt.NumField() {
			if f := rt.Field(i); gobSent(f) && gobMapHoldsInterface(f.Type, seen) {
				return true
			}
		}
	}
	return false
}

// gobHeldTypes appends to held the base types of the values the interfaces
// inside v hold, each once, in the order gob encodes them (a map's in its
// order of the moment: runner/refuse refuses an interface inside a map
// where gob's bytes could be seen).
func gobHeldTypes(v reflect.Value, held []reflect.Type) []reflect.Type {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return held
		}
		if rt := gobBase(v.Elem().Type()); !slices.Contains(held, rt) {
			held = append(held, rt)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			held = gobHeldTypes(v.Elem(), held)
		}
	case reflect.Struct:
		if gobExternal(v.Type()) {
			return held
		}
		for i := range v.NumField() {
			if gobSent(v.Type().Field(i)) {
				held = gobHeldTypes(v.Field(i), held)
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return held
		}
		for i := range v.Len() {
			held = gobHeldTypes(v.Index(i), held)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			held = gobHeldTypes(it.Key(), held)
			held = gobHeldTypes(it.Value(), held)
		}
	}
	return held
}

// plan sets expect to the types whose descriptions an Encode of a value
// of type rt sends, as gob's Encoder.sendTypeDescriptor finds them.
func (g *gobWire) plan(rt reflect.Type) {
	g.expect, g.next = g.expect[:0], 0
	if g.lost || g.sent[rt] {
		return
	}
	top := gobBase(rt)
	if gobExternal(rt) {
		top = rt
	}
	if g.sent[top] {
		return
	}
	planned := map[reflect.Type]bool{}
	if !g.sendType(rt, planned) {
		g.sent[top] = true // a basic type, which needs no description
	}
}

// sendType is gob's Encoder.sendType: it plans the descriptions of origt
// and the types inside it that are not sent yet.
func (g *gobWire) sendType(origt reflect.Type, planned map[reflect.Type]bool) bool {
	base := gobBase(origt)
	if !gobExternal(origt) {
		switch base.Kind() {
		case reflect.Slice:
			if base.Elem().Kind() == reflect.Uint8 {
				return false
			}
		case reflect.Array, reflect.Map, reflect.Struct:
		default:
			return false
		}
	}
	if g.sent[base] || planned[base] {
		return false
	}
	g.expect = append(g.expect, gobDescribed{base, origt})
	planned[base], planned[origt] = true, true
	switch base.Kind() {
	case reflect.Struct:
		for i := range base.NumField() {
			if f := base.Field(i); gobExported(f.Name) {
				g.sendType(f.Type, planned)
			}
		}
	case reflect.Array, reflect.Slice:
		g.sendType(base.Elem(), planned)
	case reflect.Map:
		g.sendType(base.Key(), planned)
		g.sendType(base.Elem(), planned)
	}
	return true
}

// gobRename returns payload, a description (gob's wireType) of a type of
// rt's kind, with its CommonType.Name set to name; false where payload
// is not a description of such a type.
func gobRename(payload []byte, rt reflect.Type, name string) ([]byte, bool) {
	which, n := gobUint(payload) // the field of wireType: ArrayT 1, SliceT 2, StructT 3, MapT 4, the encoders' 5 to 7
	if n == 0 || which < 1 || which > 7 {
		return nil, false
	}
	if which <= 4 && !gobExternal(rt) {
		kinds := [...]reflect.Kind{1: reflect.Array, 2: reflect.Slice, 3: reflect.Struct, 4: reflect.Map}
		if rt.Kind() != kinds[which] {
			return nil, false
		}
	}
	rest := payload[n:]
	common, c := gobUint(rest) // CommonType, the first field of each
	if c == 0 || common != 1 {
		return nil, false
	}
	rest = rest[c:]
	field, f := gobUint(rest)
	if f == 0 {
		return nil, false
	}
	rest = rest[f:]
	switch field {
	case 1: // Name, then Id
		size, s := gobUint(rest)
		if s == 0 || uint64(len(rest)-s) < size {
			return nil, false
		}
		rest = rest[s+int(size):]
		id, i := gobUint(rest)
		if i == 0 || id != 1 {
			return nil, false
		}
		rest = rest[i:]
	case 2: // Id, the Name empty
	default:
		return nil, false
	}
	out := make([]byte, 0, len(payload)+len(name)+4)
	out = gobAppendUint(out, which)
	out = append(out, 1)
	if name != "" {
		out = append(out, 1)
		out = gobAppendUint(out, uint64(len(name)))
		out = append(out, name...)
		out = append(out, 1)
	} else {
		out = append(out, 2)
	}
	return append(out, rest...), true
}

// gobUint decodes one of gob's unsigned integers from the head of b and
// returns it and its length, which is 0 where b holds none.
func gobUint(b []byte) (uint64, int) {
	if len(b) == 0 {
		return 0, 0
	}
	if b[0] < 0x80 {
		return uint64(b[0]), 1
	}
	n := -int(int8(b[0]))
	if n > 8 || len(b) < n+1 {
		return 0, 0
	}
	var x uint64
	for _, c := range b[1 : n+1] {
		x = x<<8 | uint64(c)
	}
	return x, n + 1
}

// gobAppendUint appends x as gob encodes an unsigned integer.
func gobAppendUint(b []byte, x uint64) []byte {
	if x < 0x80 {
		return append(b, byte(x))
	}
	n := 0
	for y := x; y > 0; y >>= 8 {
		n++
	}
	b = append(b, byte(-n))
	for i := n - 1; i >= 0; i-- {
		b = append(b, byte(x>>(8*i)))
	}
	return b
}

// gobBase is the base type gob describes for rt: rt with its pointers
// taken off.
func gobBase(rt reflect.Type) reflect.Type {
	for i := 0; rt.Kind() == reflect.Pointer && i < 64; i++ {
		rt = rt.Elem()
	}
	return rt
}

// gobExternalInterface are the interfaces by whose methods gob encodes a
// value (MarshalText is not one: gob leaves it out, see its type.go).
var gobExternalInterface = []reflect.Type{reflect.TypeFor[gob.GobEncoder](), reflect.TypeFor[encoding.BinaryMarshaler]()}

// gobExternal reports whether gob encodes a value of rt by a method of its
// own (GobEncode, MarshalBinary), on rt or on the types its pointers lead
// to or from.
func gobExternal(rt reflect.Type) bool {
	if b, ok := gobExternals.Load(rt); ok {
		return b.(bool)
	}
	b := gobExternalOf(rt)
	gobExternals.Store(rt, b)
	return b
}

// gobExternals caches gobExternal, by type.
var gobExternals sync.Map // reflect.Type -> bool

func gobExternalOf(rt reflect.Type) bool {
	for _, iface := range gobExternalInterface {
		for t, i := rt, 0; i < 64; i++ {
			if t.Implements(iface) || t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(iface) {
				return true
			}
			if t.Kind() != reflect.Pointer {
				break
			}
			t = t.Elem()
		}
	}
	return false
}

// gobExported is gob's isExported: whether a field of this name is sent.
func gobExported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}
