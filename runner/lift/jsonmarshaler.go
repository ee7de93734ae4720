package lift

import "encoding/json"

// JSONMarshalerNamer names a type of the script in the errors of
// json.Marshal of a value of it (see JSONMarshalerNamed).
type JSONMarshalerNamer struct{ name string }

// JSONMarshalerNamed returns the namer of the type Go names name (main.Level,
// *main.Level): the interpreter hands json.Marshal a value of a type with
// its own MarshalJSON in a wrapper of its own, whose type the
// *json.MarshalerError of a failing method names where Go names the
// value's type.
func JSONMarshalerNamed(name string) *JSONMarshalerNamer { return &JSONMarshalerNamer{name} }

// Bytes returns b, and err with the type its *json.MarshalerError names
// named as Go names it (see namedType); any other error as it is.
func (n *JSONMarshalerNamer) Bytes(b []byte, err error) ([]byte, error) {
	me, ok := err.(*json.MarshalerError)
	if !ok || me.Type == nil || !isWrapper(me.Type) {
		return b, err
	}
	return b, &json.MarshalerError{Type: namedType{me.Type, n.name}, Err: me.Err}
}
