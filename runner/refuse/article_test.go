package refuse

import "testing"

func TestWithArticle(t *testing.T) {
	for _, c := range []struct{ noun, want string }{
		{"interface{Is(error) bool}", "an interface{Is(error) bool}"},
		{"net.Error", "a net.Error"},
		{"error", "an error"},
		{"Timeouter", "a Timeouter"},
		{"uint8", "a uint8"},
		{"unsafe.Pointer", "an unsafe.Pointer"},
		{"url.URL", "a url.URL"},
		{"Item", "an Item"},
		{"", "a "},
	} {
		if got := withArticle(c.noun); got != c.want {
			t.Errorf("withArticle(%q) = %q, want %q", c.noun, got, c.want)
		}
	}
}
