// Package watch reruns a script, or a whole lesson, each time one of its
// files is saved with new content, so that a student sees the new version
// run within moments of saving it.
package watch

import "strings"

// Ignored reports whether a file named name (without its folder) is an
// editor's swap, backup or temporary file rather than a file a person
// saves: vim's .server.go.swp, server.go~ and 4913, emacs's .#server.go and
// #server.go#, JetBrains' server.go___jb_tmp___, and the like.
func Ignored(name string) bool {
	switch {
	case name == "" || name == "4913":
		return true
	case strings.HasPrefix(name, "."): // hidden: .server.go.swp, .#server.go, .goutputstream-*
		return true
	case strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"):
		return true
	case strings.HasSuffix(name, "~"):
		return true
	}
	for _, suffix := range ignoredSuffixes {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}

var ignoredSuffixes = []string{
	".swp", ".swo", ".swx", // vim
	".tmp", ".temp", ".bak", ".orig", ".crswap", // editors' temporary and backup copies
	"___jb_tmp___", "___jb_old___", // JetBrains' safe write
}
