package lessontest

import (
	"reflect"
	"testing"
)

// TestParseHints checks which lines of a test's script each "# hint:" line
// covers: the commands after it, up to a blank line or the next hint.
func TestParseHints(t *testing.T) {
	tests := []struct {
		name   string
		script string
		want   map[int]string
	}{{
		name:   "no hint",
		script: "exec socklab run client.go\nstdout x\n",
		want:   map[int]string{},
	}, {
		name:   "a step",
		script: "# hint: end each line with \\n\nexec socklab run client.go\n# a comment\nstdout x\n\nwait server\n",
		want:   map[int]string{2: `end each line with \n`, 4: `end each line with \n`},
	}, {
		name:   "#hint: without its space is a plain comment",
		script: "# hint: first\n#hint: second\nexec a\n",
		want:   map[int]string{3: "first"},
	}, {
		name:   "hint lines in a row",
		script: "# hint: first\n# hint: second\nexec a\n",
		want:   map[int]string{3: "first\nsecond"},
	}, {
		name:   "a later hint replaces an earlier one in the step",
		script: "stdin in.txt\n# hint: one\nexec a\n# hint: two\ncmp stdout want.txt\n",
		want:   map[int]string{3: "one", 5: "two"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseHints([]byte(tt.script)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseHints = %v, want %v", got, tt.want)
			}
		})
	}
}
