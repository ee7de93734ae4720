package lift

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
)

// slogShown is a value of a script's type, as slog's handlers see it in
// its place: TextHandler prints it with fmt's %+v, which calls Format,
// and JSONHandler encodes it with encoding/json, which calls MarshalJSON.
type slogShown struct {
	x any
	t *Type
}

// SlogShow hands slog, in place of x, a value of a script's type that the
// interpreter hands slog as its own copy (unexported fields exported as
// Xname, embedded ones plain), a stand-in that slog's handlers print as
// Go's print x, whose static type t describes: fmt's %+v of it as Show's,
// its JSON as JSON's. Rewritten source calls it (pass slogshow), only
// where the script cannot see the stand-in.
func SlogShow(x any, t *Type) any { return slogShown{x, t} }

// Format prints the script's value as fmt would under Go.
func (s slogShown) Format(f fmt.State, verb rune) {
	shown{v: reflect.ValueOf(s.x), t: s.t}.Format(f, verb)
}

// MarshalJSON encodes the script's value as encoding/json would under Go,
// without escaping HTML, as slog's JSONHandler encodes.
func (s slogShown) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(JSON(s.x, s.t)); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte{'\n'}), nil
}
