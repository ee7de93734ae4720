package lift

import (
	"errors"
	"io"
	"reflect"
	"testing"
)

// TestGobTableRenames checks which of gob's errors the table renames, and
// that it hands on the others as they are.
func TestGobTableRenames(t *testing.T) {
	pos := reflect.StructOf([]reflect.StructField{{Name: "X", Type: reflect.TypeOf(0)}, {Name: "Y", Type: reflect.TypeOf(0)}})
	move := reflect.StructOf([]reflect.StructField{{Name: "From", Type: pos}, {Name: "To", Type: pos}})
	same := reflect.StructOf([]reflect.StructField{{Name: "N", Type: reflect.TypeOf("")}})
	nilOf := func(rt reflect.Type) any { return reflect.Zero(reflect.SliceOf(rt)).Interface() }
	tab := GobTypes(nilOf(pos), "main.Pos", "Pos", nilOf(move), "main.Move", "Move",
		nilOf(same), "main.A", "A", nilOf(same), "main.B", "B")
	target := reflect.New(pos).Interface()
	wrapped := errors.New("gob: x")
	for _, tt := range []struct {
		name   string
		err    error
		target any
		want   string
	}{
		{"nested struct types", errors.New("gob: type not registered for interface: " + move.String()), nil, "gob: type not registered for interface: main.Move"},
		{"a pointer", errors.New("gob: decoding into local type *" + pos.String() + ", received remote type int"), target, "gob: decoding into local type *main.Pos, received remote type int"},
		{"the name left out", errors.New("gob: type mismatch: no fields matched compiling decoder for "), target, "gob: type mismatch: no fields matched compiling decoder for Pos"},
		{"two types spelt alike", errors.New("gob: type " + same.String() + " has no exported fields"), nil, "gob: type " + same.String() + " has no exported fields"},
		{"not gob's", io.ErrUnexpectedEOF, target, io.ErrUnexpectedEOF.Error()},
		{"nil", nil, target, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := tab.rename(tt.err, tt.target)
			if got == nil {
				if tt.want != "" {
					t.Fatalf("got nil, want %q", tt.want)
				}
				return
			}
			if got.Error() != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if got.Error() == tt.err.Error() && got != tt.err {
				t.Errorf("an error left as it is came back as another value")
			}
		})
	}
	if got := tab.rename(wrapped, nil); got != wrapped {
		t.Errorf("an error gob names nothing in came back as another value")
	}
}

// TestGobTablePooled checks that gob's errors name a type of the script's
// that the pool stands for (lift.Int_1 for main.Level) as Go does, and
// only where the pool's name stands alone.
func TestGobTablePooled(t *testing.T) {
	tab := GobTypes().Wire([]Int_1(nil), "main.Level", "Level", []int(nil), "main.Count", "Count")
	for _, tt := range []struct{ in, want string }{
		{"gob: type not registered for interface: lift.Int_1", "gob: type not registered for interface: main.Level"},
		{"gob: decoding into local type *lift.Int_1, received remote type string", "gob: decoding into local type *main.Level, received remote type string"},
		{"gob: type not registered for interface: lift.Int_12", "gob: type not registered for interface: lift.Int_12"},
		{"gob: type not registered for interface: int", "gob: type not registered for interface: int"},
	} {
		got := tab.rename(errors.New(tt.in), nil)
		if got.Error() != tt.want {
			t.Errorf("rename(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
