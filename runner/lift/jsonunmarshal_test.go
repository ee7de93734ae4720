package lift

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// The script's types as Go compiles them (with methods), and as the
// interpreter hands them to compiled code (the same layout, no methods).

type stateGo int

func (s *stateGo) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case `"up"`:
		*s = 1
	case `"down"`:
		*s = 2
	case "null":
		*s = -1
	default:
		return fmt.Errorf("bad state %s", b)
	}
	return nil
}

type stateInterp int

type hostGo string

func (h *hostGo) UnmarshalText(b []byte) error {
	*h = hostGo(strings.ToLower(string(b)))
	return nil
}

type hostInterp string

type linkGo struct {
	State  stateGo            `json:"state"`
	Ptr    *stateGo           `json:"ptr"`
	List   []stateGo          `json:"list"`
	ByHost map[hostGo]stateGo `json:"by_host"`
	Host   hostGo             `json:"host"`
	Port   int                `json:"port"`
	note   string
}

type linkInterp struct {
	State  stateInterp                `json:"state"`
	Ptr    *stateInterp               `json:"ptr"`
	List   []stateInterp              `json:"list"`
	ByHost map[hostInterp]stateInterp `json:"by_host"`
	Host   hostInterp                 `json:"host"`
	Port   int                        `json:"port"`
	Xnote  string
}

var (
	linkTypeOnce sync.Once
	linkPtrType  *Type
)

// linkType describes *linkInterp as the rewrite does, with the script's
// functions that call the methods.
func linkType() *Type {
	linkTypeOnce.Do(func() {
		state, host := NewType(), NewType()
		Define(state, "main.State", true, nil, nil, "", nil, nil, nil, nil)
		JSONUnmarshalers(state, func(v *stateInterp, b []byte) error { return (*stateGo)(v).UnmarshalJSON(b) }, nil)
		Define(host, "main.Host", true, nil, nil, "", nil, nil, nil, nil)
		JSONUnmarshalers(host, nil, func(v *hostInterp, b []byte) error { return (*hostGo)(v).UnmarshalText(b) })
		ptr, list, byHost, link := NewType(), NewType(), NewType(), NewType()
		Define(ptr, "*main.State", false, state, nil, "", nil, nil, nil, nil)
		Define(list, "[]main.State", false, state, nil, "", nil, nil, nil, nil)
		Define(byHost, "map[main.Host]main.State", false, state, host, "", nil, nil, nil, nil)
		Define(link, "main.Link", true, nil, nil, "State Ptr List ByHost Host Port note", []*Type{state, ptr, list, byHost, host, nil, nil}, nil, nil, nil)
		linkPtrType = NewType()
		Define(linkPtrType, "*main.Link", false, link, nil, "", nil, nil, nil, nil)
	})
	return linkPtrType
}

// TestJSONUnmarshalMethods checks that JSONUnmarshalMethods into the
// interpreter's form of a target leaves it as json.Unmarshal leaves Go's,
// with the same error, the methods called where Go calls them.
func TestJSONUnmarshalMethods(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"fields", `{"state":"up","ptr":"down","list":["up","down"],"by_host":{"A.Example":"up"},"host":"WEB","port":80,"note":"x","Xnote":"y"}`},
		{"null", `{"state":null,"ptr":null,"list":null,"by_host":null}`},
		{"a method's error stops the decoding", `{"port":1,"state":"sideways","host":"late"}`},
		{"a type error goes on", `{"port":"one","state":"up"}`},
		{"UnmarshalText of a number", `{"host":7,"state":"down"}`},
		{"a syntax error", `{"state":`},
		{"a list grown", `{"list":["up","down","up","down","up","down"]}`},
		{"a list emptied", `{"list":[]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := stateGo(2)
			si := stateInterp(2)
			g := linkGo{Ptr: &s, List: make([]stateGo, 1, 4), ByHost: map[hostGo]stateGo{"old": 1}, note: "kept"}
			in := linkInterp{Ptr: &si, List: make([]stateInterp, 1, 4), ByHost: map[hostInterp]stateInterp{"old": 1}, Xnote: "kept"}
			wantErr := json.Unmarshal([]byte(tt.in), &g)
			err := JSONUnmarshalMethods([]byte(tt.in), &in, linkType())
			want, _ := json.Marshal(g)
			got, _ := json.Marshal(linkInterp{in.State, in.Ptr, in.List, in.ByHost, in.Host, in.Port, ""})
			want = append(want[:len(want)-1], `,"Xnote":""}`...)
			if string(got) != string(want) {
				t.Errorf("decoded %s, want %s", got, want)
			}
			if len(in.List) != len(g.List) || cap(in.List) != cap(g.List) {
				t.Errorf("list of len %d cap %d, want len %d cap %d", len(in.List), cap(in.List), len(g.List), cap(g.List))
			}
			if in.Xnote != "kept" {
				t.Errorf("the unexported field is %q, want it kept", in.Xnote)
			}
			if (in.Ptr == &si) != (g.Ptr == &s) {
				t.Errorf("the pointer's value is a new one: %v, want %v", in.Ptr != &si, g.Ptr != &s)
			}
			if fmt.Sprint(err) != goNamed(wantErr) {
				t.Errorf("error %v, want %s", err, goNamed(wantErr))
			}
			var te, gte *json.UnmarshalTypeError
			if errors.As(wantErr, &gte) && (!errors.As(err, &te) || te.Field != gte.Field) {
				t.Errorf("%v is no *json.UnmarshalTypeError of the field %s", err, gte.Field)
			}
		})
	}
	var nilTarget *linkInterp
	if err := JSONUnmarshalMethods([]byte(`{}`), nilTarget, linkType()); fmt.Sprint(err) != "json: Unmarshal(nil *main.Link)" {
		t.Errorf("into a nil pointer: %v", err)
	}
}

// goNamed is err's text with the script's names of this test's types.
func goNamed(err error) string {
	return strings.NewReplacer("lift.linkGo", "main.Link", "linkGo", "Link", "lift.stateGo", "main.State", "lift.hostGo", "main.Host").Replace(fmt.Sprint(err))
}
