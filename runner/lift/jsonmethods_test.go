package lift

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// The script's types as Go compiles them (with methods), and as the
// interpreter hands them to compiled code (the same layout, no methods).

type levelGo int

func (l levelGo) MarshalJSON() ([]byte, error) {
	if l > 1 {
		return nil, fmt.Errorf("no level %d", int(l))
	}
	return json.Marshal([...]string{"<idle>", "busy"}[l])
}

type levelInterp int

type counterGo struct{ N int }

func (c *counterGo) MarshalJSON() ([]byte, error) { return fmt.Appendf(nil, `{"count":%d}`, c.N), nil }

type counterInterp struct{ N int }

type codeGo int

func (c codeGo) MarshalText() ([]byte, error) {
	if c == 0 {
		return nil, errors.New("no code")
	}
	return fmt.Appendf(nil, "c%d", int(c)), nil
}

type codeInterp int

type replyGo struct {
	Level levelGo            `json:"level,omitempty"`
	Ptr   *levelGo           `json:"ptr"`
	Count counterGo          `json:"count"`
	List  []counterGo        `json:"list"`
	Codes map[codeGo]levelGo `json:"codes"`
	Code  codeGo             `json:"code,omitempty"`
	note  string
}

type replyInterp struct {
	Level levelInterp                `json:"level,omitempty"`
	Ptr   *levelInterp               `json:"ptr"`
	Count counterInterp              `json:"count"`
	List  []counterInterp            `json:"list"`
	Codes map[codeInterp]levelInterp `json:"codes"`
	Code  codeInterp                 `json:"code,omitempty"`
	Xnote string
}

// jsonMethodTypes describes the types as the rewrite does, with the
// script's functions that call the methods.
func jsonMethodTypes() (reply, level, counter *Type) {
	level, counter, code := NewType(), NewType(), NewType()
	Define(level, "main.Level", true, nil, nil, "", nil, nil, nil, nil)
	JSONMethods(level, func(v levelInterp) ([]byte, error) { return levelGo(v).MarshalJSON() }, nil)
	Define(counter, "main.Counter", true, nil, nil, "N", []*Type{nil}, nil, nil, nil)
	JSONMethods(counter, func(v *counterInterp) ([]byte, error) { return (*counterGo)(v).MarshalJSON() }, nil)
	Define(code, "main.Code", true, nil, nil, "", nil, nil, nil, nil)
	JSONMethods(code, nil, func(v codeInterp) ([]byte, error) { return codeGo(v).MarshalText() })
	ptr, list, codes := NewType(), NewType(), NewType()
	Define(ptr, "*main.Level", false, level, nil, "", nil, nil, nil, nil)
	Define(list, "[]main.Counter", false, counter, nil, "", nil, nil, nil, nil)
	Define(codes, "map[main.Code]main.Level", false, level, code, "", nil, nil, nil, nil)
	reply = NewType()
	Define(reply, "main.Reply", true, nil, nil, "Level Ptr Count List Codes Code note", []*Type{level, ptr, counter, list, codes, code, nil}, nil, nil, nil)
	return reply, level, counter
}

// TestJSONMarshal checks that JSONMarshal, JSONMarshalIndent and
// JSONEncode of the interpreter's form of a value encode it as encoding/json
// encodes Go's, methods and errors alike.
func TestJSONMarshal(t *testing.T) {
	reply, level, counter := jsonMethodTypes()
	replies, counters, levelPtr := NewType(), NewType(), NewType()
	Define(replies, "[]*main.Reply", false, NewType(), nil, "", nil, nil, nil, nil)
	Define(replies.elem, "*main.Reply", false, reply, nil, "", nil, nil, nil, nil)
	Define(counters, "[2]main.Counter", false, counter, nil, "", nil, nil, nil, nil)
	Define(levelPtr, "*main.Level", false, level, nil, "", nil, nil, nil, nil)
	one := levelGo(1)
	oneI := levelInterp(1)
	tests := []struct {
		name    string
		goValue any
		interp  any
		t       *Type
	}{
		{"a value", levelGo(1), levelInterp(1), level},
		{"a failing value", levelGo(5), levelInterp(5), level},
		{"a pointer", &one, &oneI, levelPtr},
		{"a nil pointer", (*levelGo)(nil), (*levelInterp)(nil), levelPtr},
		{"a pointer receiver, not addressable", counterGo{3}, counterInterp{3}, counter},
		{"a pointer receiver, addressable", &counterGo{3}, &counterInterp{3}, &Type{name: "*main.Counter", elem: counter}},
		{"an array, not addressable", [2]counterGo{{1}, {2}}, [2]counterInterp{{1}, {2}}, counters},
		{"a struct, not addressable",
			replyGo{Ptr: &one, Count: counterGo{2}, List: []counterGo{{4}}, Codes: map[codeGo]levelGo{2: 1, 10: 0}, note: "x"},
			replyInterp{Ptr: &oneI, Count: counterInterp{2}, List: []counterInterp{{4}}, Codes: map[codeInterp]levelInterp{2: 1, 10: 0}, Xnote: "x"},
			reply},
		{"structs through pointers",
			[]*replyGo{{Level: 1, Code: 7}, nil},
			[]*replyInterp{{Level: 1, Code: 7}, nil},
			replies},
		{"a field's failing method", replyGo{Level: 3}, replyInterp{Level: 3}, reply},
		{"a key's failing method", replyGo{Codes: map[codeGo]levelGo{0: 1}}, replyInterp{Codes: map[codeInterp]levelInterp{0: 1}}, reply},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantErr := json.Marshal(tt.goValue)
			got, err := JSONMarshal(tt.interp, tt.t, nil)
			sameJSON(t, "Marshal", got, err, want, wantErr)
			want, wantErr = json.MarshalIndent(tt.goValue, ">", "  ")
			got, err = JSONMarshalIndent(tt.interp, ">", "  ", tt.t, nil)
			sameJSON(t, "MarshalIndent", got, err, want, wantErr)
			var wb, gb bytes.Buffer
			wantErr = json.NewEncoder(&wb).Encode(tt.goValue)
			err = JSONEncode(json.NewEncoder(&gb), tt.interp, tt.t, nil)
			sameJSON(t, "Encode", gb.Bytes(), err, wb.Bytes(), wantErr)
		})
	}
}

// goNames spells the types of this test as the script's names them.
var goNames = strings.NewReplacer("lift.levelGo", "main.Level", "lift.counterGo", "main.Counter", "lift.codeGo", "main.Code")

// sameJSON reports where got and err differ from what Go's encoder gave,
// the error's text with the script's names of the types; where Go's is
// a *json.MarshalerError, so must err be, naming the script's type.
func sameJSON(t *testing.T, call string, got []byte, err error, want []byte, wantErr error) {
	t.Helper()
	if !bytes.Equal(got, want) {
		t.Errorf("%s: got %s, want %s", call, got, want)
	}
	if (err == nil) != (wantErr == nil) {
		t.Fatalf("%s: error %v, want %v", call, err, wantErr)
	}
	if err == nil {
		return
	}
	if w := goNames.Replace(wantErr.Error()); err.Error() != w {
		t.Errorf("%s: error %q, want %q", call, err, w)
	}
	var me, gm *json.MarshalerError
	if errors.As(wantErr, &gm) && (!errors.As(err, &me) || me.Type.String() != goNames.Replace(gm.Type.String())) {
		t.Errorf("%s: %v is no *json.MarshalerError of the script's type", call, err)
	}
}
