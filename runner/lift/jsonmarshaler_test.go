package lift

import (
	"encoding/json"
	"errors"
	"testing"
)

// marshalerWrapper has the form of the interpreter's wrapper of a script's
// value with a MarshalJSON method.
type marshalerWrapper struct {
	IValue       any
	WMarshalJSON func() ([]byte, error)
}

func (w marshalerWrapper) MarshalJSON() ([]byte, error) { return w.WMarshalJSON() }

type goMarshaler struct{}

func (goMarshaler) MarshalJSON() ([]byte, error) { return nil, errors.New("mine") }

func TestJSONMarshalerNamed(t *testing.T) {
	failing := marshalerWrapper{1, func() ([]byte, error) { return nil, errors.New("no such level") }}
	invalid := marshalerWrapper{1, func() ([]byte, error) { return []byte("{x"), nil }}
	fine := marshalerWrapper{1, func() ([]byte, error) { return []byte(`{ "a" : "<b>" }`), nil }}
	tests := []struct {
		name  string
		v     any
		want  string // the error's text, "" for none
		bytes string
		other bool // the error is not a *json.MarshalerError
	}{
		{"the method's error", failing, "json: error calling MarshalJSON for type main.Level: no such level", "", false},
		{"invalid JSON", invalid, "json: error calling MarshalJSON for type main.Level: invalid character 'x' looking for beginning of object key string", "", false},
		{"no error: compacted and escaped by encoding/json", fine, "", `{"a":"\u003cb\u003e"}`, false},
		{"a type of Go's own, named by reflect", goMarshaler{}, "json: error calling MarshalJSON for type lift.goMarshaler: mine", "", false},
		{"another error", make(chan int), "json: unsupported type: chan int", "", true},
	}
	n := JSONMarshalerNamed("main.Level")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := n.Bytes(json.Marshal(tt.v))
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want || string(b) != tt.bytes {
				t.Errorf("got %q, %v; want %q, %q", b, got, tt.bytes, tt.want)
			}
			var me *json.MarshalerError
			if tt.want != "" && !tt.other && !errors.As(err, &me) {
				t.Errorf("%v is not a *json.MarshalerError", err)
			}
		})
	}
}
