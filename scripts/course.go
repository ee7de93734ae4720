// Package scripts holds socklab's course: the lessons, one folder each,
// embedded in the socklab binary so that "socklab lessons" and "socklab
// handout" work after go install, with no clone of the repository.
package scripts

import "embed"

// FS holds every lesson folder (00-bytes, 01-hello, ...) and TESTING.md.
//
//go:embed TESTING.md [0-9]*
var FS embed.FS
