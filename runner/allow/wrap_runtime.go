package allow

import (
	"reflect"

	"github.com/socklab/socklab/runner/hostgo"
)

// runtimeWrappers returns runtime's functions that would count socklab's
// own work in the script process as the script's.
func runtimeWrappers() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{"runtime": {
		"NumGoroutine": reflect.ValueOf(hostgo.Count),
	}}
}
