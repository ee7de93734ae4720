package handin

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func writeFiles(t *testing.T, dir string, files ...string) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSpecAndMatch(t *testing.T) {
	tests := []struct {
		name    string
		lesson  []string
		handed  []string
		spec    []string
		present []string
		missing []string
		ignored []string
		near    map[string]string
	}{{
		name:    "starter",
		lesson:  []string{"server.go", "client.go", "starter/server.go", "seed/client.py"},
		handed:  []string{"server.go", "client.go", "seed/client.py"},
		spec:    []string{"server.go"},
		present: []string{"server.go"},
		ignored: []string{"client.go", "seed/client.py"},
	}, {
		name:    "no starter: the programs at the top",
		lesson:  []string{"server.go", "client.go", "game/game.go", "x_test.go", "README.md"},
		handed:  []string{"client.go", ".git/HEAD"},
		spec:    []string{"client.go", "server.go"},
		present: []string{"client.go"},
		missing: []string{"server.go"},
	}, {
		name:    "misnamed",
		lesson:  []string{"server.go", "starter/server.go"},
		handed:  []string{"Server.go"},
		spec:    []string{"server.go"},
		missing: []string{"server.go"},
		ignored: []string{"Server.go"},
		near:    map[string]string{"server.go": "Server.go"},
	}, {
		name:    "in a folder",
		lesson:  []string{"server.go", "starter/server.go"},
		handed:  []string{"alice/server.go"},
		spec:    []string{"server.go"},
		missing: []string{"server.go"},
		ignored: []string{"alice/server.go"},
		near:    map[string]string{"server.go": "alice/server.go"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lesson, sub := t.TempDir(), t.TempDir()
			writeFiles(t, lesson, tt.lesson...)
			writeFiles(t, sub, tt.handed...)
			spec, err := SpecFor(lesson)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(spec.Files, tt.spec) {
				t.Errorf("spec %q, want %q", spec.Files, tt.spec)
			}
			m, err := spec.Match(sub)
			if err != nil {
				t.Fatal(err)
			}
			if tt.near == nil {
				tt.near = map[string]string{}
			}
			if !reflect.DeepEqual(m.Present, tt.present) || !reflect.DeepEqual(m.Missing, tt.missing) ||
				!reflect.DeepEqual(m.Ignored, tt.ignored) || !reflect.DeepEqual(m.Near, tt.near) {
				t.Errorf("present %q missing %q ignored %q near %q\nwant %q %q %q %q",
					m.Present, m.Missing, m.Ignored, m.Near, tt.present, tt.missing, tt.ignored, tt.near)
			}
		})
	}
}
