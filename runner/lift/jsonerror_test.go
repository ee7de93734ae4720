package lift

import (
	"encoding/json"
	"errors"
	"testing"
)

// TestJSONErrorNamesType: the *json.UnmarshalTypeError that errors.As
// finds in JSONError's result names the script's type as Go does, in its
// Type's String and Name too, not only in the message.
func TestJSONErrorNamesType(t *testing.T) {
	type shape struct{ X, Y int }
	st := &Type{}
	Define(st, "main.Shape", true, nil, nil, "X Y", []*Type{nil, nil}, nil, nil, nil)
	var s shape
	err := JSONError(json.Unmarshal([]byte(`"x"`), &s), &s, &Type{elem: st})
	if want := "json: cannot unmarshal string into Go value of type main.Shape"; err == nil || err.Error() != want {
		t.Fatalf("error %v, want %s", err, want)
	}
	var ute *json.UnmarshalTypeError
	if !errors.As(err, &ute) {
		t.Fatalf("errors.As found no *json.UnmarshalTypeError in %v", err)
	}
	if ute.Type.String() != "main.Shape" || ute.Type.Name() != "Shape" || ute.Type.PkgPath() != "main" {
		t.Errorf("Type %q, Name %q, PkgPath %q; want main.Shape, Shape, main", ute.Type.String(), ute.Type.Name(), ute.Type.PkgPath())
	}
}
