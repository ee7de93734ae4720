package lessontest

import _ "embed"

// seedPy is the Python program through which a test runs a seed's Python
// programs with the test's address rules (see seedpy.py). Each test gets a
// copy in its work folder, named by $SEEDPY.
//
//go:embed seedpy.py
var seedPy []byte
