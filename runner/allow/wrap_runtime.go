package allow

import (
	"reflect"
	"runtime"

	"github.com/socklab/socklab/runner/asleep"
)

// runtimeWrappers returns runtime's functions that would count socklab's
// own work in the script process as the script's.
func runtimeWrappers() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{"runtime": {
		"NumGoroutine": reflect.ValueOf(numGoroutine),
	}}
}

// numGoroutine is runtime.NumGoroutine without the goroutine that answers
// the supervisor's deadlock watch (package asleep), so that a script
// counts its goroutines as the same program built by Go counts them.
func numGoroutine() int { return runtime.NumGoroutine() - asleep.Goroutines() }
