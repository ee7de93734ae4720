package lesson

import (
	"bytes"
	"testing"
)

func TestMux(t *testing.T) {
	type write struct {
		who  string // "server", "client", "note" (unmarked), or "enter" for LineBreak
		text string
	}
	tests := []struct {
		name   string
		names  []string // the names the Mux lines up; server and client if nil
		writes []write
		want   string
	}{
		{"whole lines", nil, []write{{"server", "Connected\n"}, {"client", "Hello\n"}},
			"server | Connected\nclient | Hello\n"},
		{"several lines in one write", nil, []write{{"server", "a\nb\n"}},
			"server | a\nserver | b\n"},
		{"a line in pieces", nil, []write{{"client", "Hel"}, {"client", "lo\n"}},
			"client | Hello\n"},
		{"a prompt shows at once", nil, []write{{"client", "Enter guess: "}},
			"client | Enter guess: "},
		{"another program ends an open line", nil, []write{{"client", "Enter guess: "}, {"server", "Connected\n"}, {"client", "more\n"}},
			"client | Enter guess: \nserver | Connected\nclient | more\n"},
		{"Enter ends the line on the screen", nil, []write{{"client", "Enter guess: "}, {"enter", ""}, {"client", "Too low\n"}},
			"client | Enter guess: client | Too low\n"},
		{"unmarked notes keep lines whole", nil, []write{{"client", "Port: "}, {"note", "[run] note\n"}},
			"client | Port: \n[run] note\n"},
		{"names line up", []string{"server", "client1"}, []write{{"client1", "hi\n"}, {"server", "ho\n"}},
			"client1 | hi\nserver  | ho\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			names := tt.names
			if names == nil {
				names = []string{"server", "client"}
			}
			m := NewMux(names...)
			streams := map[string]*Stream{
				"server":  m.Stream("server", &out),
				"client":  m.Stream("client", &out),
				"client1": m.Stream("client1", &out),
				"note":    m.Stream("", &out),
			}
			for _, w := range tt.writes {
				if w.who == "enter" {
					// The terminal echoed the Enter: its newline is on the screen.
					m.LineBreak()
					continue
				}
				if n, err := streams[w.who].Write([]byte(w.text)); n != len(w.text) || err != nil {
					t.Fatalf("Write(%q) = %d, %v", w.text, n, err)
				}
			}
			if got := out.String(); got != tt.want {
				t.Errorf("output:\n%q\nwant:\n%q", got, tt.want)
			}
		})
	}
}
