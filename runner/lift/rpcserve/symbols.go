package rpcserve

import "reflect"

// Symbols returns the symbol table, for the interpreter, of what
// rewritten source calls under the import path Package.
func Symbols() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{Package + "/rpcserve": {
		"For":          reflect.ValueOf(For),
		"Register":     reflect.ValueOf(Register),
		"RegisterName": reflect.ValueOf(RegisterName),
		"Accept":       reflect.ValueOf(Accept),
		"ServeConn":    reflect.ValueOf(ServeConn),
		"ServeCodec":   reflect.ValueOf(ServeCodec),
		"ServeRequest": reflect.ValueOf(ServeRequest),
		"HandleHTTP":   reflect.ValueOf(HandleHTTP),
		"ClientError":  reflect.ValueOf(ClientError),
		"ClientGo":     reflect.ValueOf(ClientGo),
		"Server":       reflect.ValueOf((*Server)(nil)),
		"Service":      reflect.ValueOf((*Service)(nil)),
		"Method":       reflect.ValueOf((*Method)(nil)),
	}}
}
