package lift

import (
	"bytes"
	"encoding/json"
	"runtime"
	"testing"
)

// TestJSONTableHolders checks that JSONMarshal, handed a value of an
// interface that holds the interpreter's form of a script's struct that
// holds types with MarshalJSON, finds it in the table by that form and
// encodes it as Go encodes the struct, through the values that take the
// table (JSONMarshalFunc, JSONEncodeFunc, JSONMarshalIndentFunc); and
// that without the holder in the table, it is encoded as the plain form.
func TestJSONTableHolders(t *testing.T) {
	reply, _, _ := jsonMethodTypes()
	one := levelGo(1)
	oneI := levelInterp(1)
	goValue := []any{replyGo{Ptr: &one, Count: counterGo{2}, Codes: map[codeGo]levelGo{2: 1}, note: "x"}, &replyGo{Level: 1}}
	interp := []any{replyInterp{Ptr: &oneI, Count: counterInterp{2}, Codes: map[codeInterp]levelInterp{2: 1}, Xnote: "x"}, &replyInterp{Level: 1}}

	tab := JSONTypes(nil, nil)
	JSONTableMethods(tab)
	JSONTableHolders(tab, []any{[]replyInterp(nil)}, reply)
	want, wantErr := json.Marshal(goValue)
	got, err := JSONMarshalFunc(tab)(interp)
	sameJSON(t, "JSONMarshalFunc", got, err, want, wantErr)
	want, wantErr = json.MarshalIndent(goValue, "", " ")
	got, err = JSONMarshalIndentFunc(tab)(interp, "", " ")
	sameJSON(t, "JSONMarshalIndentFunc", got, err, want, wantErr)
	var wb, gb bytes.Buffer
	wantErr = json.NewEncoder(&wb).Encode(goValue)
	err = JSONEncodeFunc(json.NewEncoder(&gb), tab)(interp)
	sameJSON(t, "JSONEncodeFunc", gb.Bytes(), err, wb.Bytes(), wantErr)

	bare := JSONTypes(nil, nil)
	JSONTableMethods(bare)
	if got, _ := JSONMarshal(interp, nil, bare); bytes.Equal(got, want) {
		t.Errorf("without the holder in the table, got Go's %s", got)
	}
}

// TestJSONValueReceivers checks that a method value binds the encoder or
// decoder it is made with, and that a nil one panics with Go's runtime
// error when the value is called, before the value is looked at.
func TestJSONValueReceivers(t *testing.T) {
	tab := JSONTypes(nil, nil)
	var first, second bytes.Buffer
	enc := json.NewEncoder(&first)
	send := JSONEncodeFunc(enc, tab)
	enc = json.NewEncoder(&second)
	if err := send(1); err != nil || first.String() != "1\n" || second.Len() != 0 {
		t.Errorf("sent %q and %q (%v), want 1 to the first encoder", first.String(), second.String(), err)
	}
	var n int
	if err := JSONDecodeFunc(json.NewDecoder(bytes.NewReader([]byte("7"))), tab)(&n); err != nil || n != 7 {
		t.Errorf("decoded %d (%v), want 7", n, err)
	}
	for name, call := range map[string]func(){
		"JSONEncodeFunc":   func() { _ = JSONEncodeFunc(nil, tab)(1) },
		"JSONDecodeFunc":   func() { _ = JSONDecodeFunc(nil, tab)(&n) },
		"JSONEncodeMethod": func() { _ = JSONEncodeMethod(tab)(nil, 1) },
		"JSONDecodeMethod": func() { _ = JSONDecodeMethod(tab)(nil, &n) },
	} {
		func() {
			defer func() {
				if _, ok := recover().(runtime.Error); !ok {
					t.Errorf("%s of a nil receiver: no runtime error", name)
				}
			}()
			call()
		}()
	}
}

// TestJSONUnmarshalFuncNames checks that json.Unmarshal taken as a value
// names a script's struct that it cannot decode into (no pointer, or a
// nil one) as Go names it, where the table knows its runtime form.
func TestJSONUnmarshalFuncNames(t *testing.T) {
	reply, _, _ := jsonMethodTypes()
	tab := JSONTypes(nil, nil)
	JSONTableHolders(tab, []any{[]replyInterp(nil)}, reply)
	unmarshal := JSONUnmarshalFunc(tab)
	for _, c := range []struct {
		target any
		want   string
	}{
		{replyInterp{}, "json: Unmarshal(non-pointer main.Reply)"},
		{(*replyInterp)(nil), "json: Unmarshal(nil *main.Reply)"},
	} {
		if err := unmarshal([]byte(`{}`), c.target); err == nil || err.Error() != c.want {
			t.Errorf("got %v, want %s", err, c.want)
		}
	}
}
