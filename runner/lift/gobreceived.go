package lift

import (
	"encoding/gob"
	"reflect"
	"sync"
	"unsafe"
)

// Two struct types of the script's that gob describes alike (type Ping
// struct{ N int } beside type Pong struct{ N int }, or beside a Tick of
// an int32 N) are runtime types of their own under the interpreter (pass
// structmark of the rewrite), so gob gives each a type id of its own;
// only the description in gob's error (received remote type  = struct {
// N int; }) cannot tell them apart. gob's decoder keeps the last message
// it received, a value's, which begins with the value's type id, until
// its next Decode; the ids of the script's types gob has described are
// read back from gob itself (gobDescriptionOf). So the remote type is the
// one of the same id.

// gobReceived returns those of found whose type id is the one of the
// value dec received last; found where that cannot be told.
func gobReceived(found []gobRemote, dec *gob.Decoder) []gobRemote {
	id, ok := gobLastID(dec)
	if !ok {
		return found
	}
	var same []gobRemote
	for _, r := range found {
		if rid, ok := gobDescribedID(r.rt); ok && rid == id {
			same = append(same, r)
		}
	}
	return same
}

// gobLastID returns the type id of the value dec received last: the first
// number of the message in its buffer (encoding/gob's Decoder.buf, read
// through reflect under the decoder's own lock; a test holds this to the
// toolchain's encoding/gob).
func gobLastID(dec *gob.Decoder) (int64, bool) {
	v := reflect.ValueOf(dec)
	if !v.IsValid() || v.IsNil() {
		return 0, false
	}
	v = v.Elem()
	mu := v.FieldByName("mutex")
	data := v.FieldByName("buf")
	if data.IsValid() && data.Kind() == reflect.Struct {
		data = data.FieldByName("data")
	}
	if !mu.IsValid() || mu.Type() != reflect.TypeFor[sync.Mutex]() || !data.IsValid() || data.Kind() != reflect.Slice || data.Type().Elem().Kind() != reflect.Uint8 {
		return 0, false
	}
	lock := (*sync.Mutex)(unsafe.Pointer(mu.UnsafeAddr()))
	lock.Lock()
	defer lock.Unlock()
	u, n := gobUint(data.Bytes())
	if n == 0 || u&1 != 0 {
		return 0, false // a value's type id is not negative
	}
	return int64(u >> 1), true
}

// gobDescribedID returns the type id gob gave rt, where gob has described
// it already (asking gob for the id of a type it has not met would make
// one, and the script's next types' ids would not be Go's).
func gobDescribedID(rt reflect.Type) (int64, bool) {
	base := gobBase(rt)
	if !gobShadow.described(base) {
		return 0, false
	}
	d, ok := gobDescriptionOf(base)
	if !ok {
		return 0, false
	}
	u, n := gobUint(d)
	if n == 0 || u&1 == 0 {
		return 0, false // a description's type id is negative
	}
	return int64(u>>1) + 1, true
}
