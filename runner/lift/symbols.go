package lift

import "reflect"

// Symbols returns the symbol table, for the interpreter, of the functions
// that rewritten source calls under the import path Package.
func Symbols() map[string]map[string]reflect.Value {
	syms := map[string]reflect.Value{
		"Recovered":         reflect.ValueOf(Recovered),
		"NilFormat":         reflect.ValueOf(NilFormat),
		"ContextWithValue":  reflect.ValueOf(ContextWithValue),
		"SelectNoCases":     reflect.ValueOf(SelectNoCases),
		"MuxHandle":         reflect.ValueOf(MuxHandle),
		"MuxHandleFunc":     reflect.ValueOf(MuxHandleFunc),
		"DefaultHandle":     reflect.ValueOf(DefaultHandle),
		"DefaultHandleFunc": reflect.ValueOf(DefaultHandleFunc),
		"Restored":          reflect.ValueOf(Restored),
		"Fd":                reflect.ValueOf(Fd),
		"SyscallConn":       reflect.ValueOf(SyscallConn),
		"Show":              reflect.ValueOf(Show),
		"ClearMap":          reflect.ValueOf(ClearMap),
		"ResponseAt":        reflect.ValueOf(ResponseAt),
		"ShiftCount":        reflect.ValueOf(ShiftCount),
		"FloatInt32":        reflect.ValueOf(FloatInt32),
		"FloatUint32":       reflect.ValueOf(FloatUint32),
		"StackBytes":        reflect.ValueOf(StackBytes),
		"StackRunes":        reflect.ValueOf(StackRunes),
		"StackConcat":       reflect.ValueOf(StackConcat),
		"Int64Float32":      reflect.ValueOf(Int64Float32),
		"Uint64Float32":     reflect.ValueOf(Uint64Float32),
		"StringBytes":       reflect.ValueOf(StringBytes),
		"ShowHeld":          reflect.ValueOf(ShowHeld),
		"ShowString":        reflect.ValueOf(ShowString),
		"ShowAt":            reflect.ValueOf(ShowAt),
		"Sprintf":           reflect.ValueOf(Sprintf),
		"Errorf":            reflect.ValueOf(Errorf),
		"Kept":              reflect.ValueOf(Kept),
		"Formatted":         reflect.ValueOf(Formatted),
		"TypeName":          reflect.ValueOf(TypeName),
		"NewType":           reflect.ValueOf(NewType),
		"Define":            reflect.ValueOf(Define),
		"Dynamic":           reflect.ValueOf(Dynamic),
		"Formats":           reflect.ValueOf(Formats),
		"ShowPanics":        reflect.ValueOf(ShowPanics),
		"GoPanic":           reflect.ValueOf(GoPanic),
		"GoPanicAgain":      reflect.ValueOf(GoPanicAgain),
		"Wrapped":           reflect.ValueOf(Wrapped),
		"AppendCap":         reflect.ValueOf(AppendCap),
		"Grow":              reflect.ValueOf(Grow),
		"Type":              reflect.ValueOf((*Type)(nil)),
		"JSON":              reflect.ValueOf(JSON),
		"JSONError":         reflect.ValueOf(JSONError),
		"JSONUnmarshal":     reflect.ValueOf(JSONUnmarshal),
		"JSONDecode":        reflect.ValueOf(JSONDecode),
		"JSONAny":           reflect.ValueOf(JSONAny),
		"JSONTypes":         reflect.ValueOf(JSONTypes),
		"JSONTable":         reflect.ValueOf((*JSONTable)(nil)),
		"XML":               reflect.ValueOf(XML),
		"XMLTypes":          reflect.ValueOf(XMLTypes),
		"XMLTypeNames":      reflect.ValueOf(XMLTypeNames),
		"XMLNames":          reflect.ValueOf((*XMLNames)(nil)),
		"GobEncode":         reflect.ValueOf(GobEncode),
		"GobNewEncoder":     reflect.ValueOf(GobNewEncoder),
		"GobEncodeMethod":   reflect.ValueOf(GobEncodeMethod),
		"GobDecodeMethod":   reflect.ValueOf(GobDecodeMethod),
		"GobDecode":         reflect.ValueOf(GobDecode),
		"GobTypes":          reflect.ValueOf(GobTypes),
		"GobTable":          reflect.ValueOf((*GobTable)(nil)),
		"XMLTable":          reflect.ValueOf((*XMLTable)(nil)),
		"XMLTarget":         reflect.ValueOf(XMLTarget),
		"XMLElement":        reflect.ValueOf(XMLElement),
		"TemplateError":     reflect.ValueOf(TemplateError),
		"TemplateTypes":     reflect.ValueOf(TemplateTypes),
		"TemplateUntold":    reflect.ValueOf(TemplateUntold),
		"TemplateNames":     reflect.ValueOf((*TemplateNames)(nil)),
		"TemplateText":      reflect.ValueOf(TemplateText),
		"TemplateHTML":      reflect.ValueOf(TemplateHTML),
		"NewDefers":         reflect.ValueOf(NewDefers),
		"Defers":            reflect.ValueOf((*Defers)(nil)),
		"Equal":             reflect.ValueOf(Equal),
		"Never":             reflect.ValueOf(Never),
		"Always":            reflect.ValueOf(Always),
		"Held":              reflect.ValueOf(Held),
		"Printed":           reflect.ValueOf(Printed),
		"HeldEmpty":         reflect.ValueOf(HeldEmpty),
		"SelfNamed":         reflect.ValueOf(SelfNamed),
		"Key":               reflect.ValueOf(Key),
		"AssignKey":         reflect.ValueOf(AssignKey),
		"ErrorsIs":          reflect.ValueOf(ErrorsIs),
		"Self":              reflect.ValueOf(Self),
		"PointerUnwrap":     reflect.ValueOf(PointerUnwrap),
		"Linked":            reflect.ValueOf(Linked),
		"Registry":          reflect.ValueOf((*Registry)(nil)),
		"LogValuer":         reflect.ValueOf(LogValuer),
		"SlogShow":          reflect.ValueOf(SlogShow),
		"FlagValue":         reflect.ValueOf(FlagValue),
	}
	for name, v := range deferredSymbols() {
		syms[name] = v
	}
	for name, v := range templateExecSymbols() {
		syms[name] = v
	}
	for name, v := range boundsSymbols() {
		syms[name] = v
	}
	for name, v := range librarySymbols() {
		syms[name] = v
	}
	for name, v := range logSiteSymbols() {
		syms[name] = v
	}
	for name, v := range slogSiteSymbols() {
		syms[name] = v
	}
	for name, v := range assertSymbols() {
		syms[name] = v
	}
	for name, v := range pullSymbols() {
		syms[name] = v
	}
	for name, v := range panicValueSymbols() {
		syms[name] = v
	}
	for name, v := range rangeFuncSymbols() {
		syms[name] = v
	}
	for name, v := range assertAnySymbols() {
		syms[name] = v
	}
	for name, v := range bytesAssertSymbols() {
		syms[name] = v
	}
	for name, v := range wrapperSymbols() {
		syms[name] = v
	}
	for name, v := range atomicSymbols() {
		syms[name] = v
	}
	for name, v := range embedSymbols() {
		syms[name] = v
	}
	for name, v := range printBuiltinSymbols() {
		syms[name] = v
	}
	for name, v := range binarySymbols() {
		syms[name] = v
	}
	for name, v := range asn1Symbols() {
		syms[name] = v
	}
	syms["NameUncomparable"] = reflect.ValueOf(NameUncomparable)
	syms["Runes"] = reflect.ValueOf(Runes)
	syms["RuneAt"] = reflect.ValueOf((*RuneAt)(nil))
	syms["JSONMarshalerNamed"] = reflect.ValueOf(JSONMarshalerNamed)
	syms["JSONMethods"] = reflect.ValueOf(JSONMethods)
	syms["JSONMarshal"] = reflect.ValueOf(JSONMarshal)
	syms["JSONMarshalIndent"] = reflect.ValueOf(JSONMarshalIndent)
	syms["JSONEncode"] = reflect.ValueOf(JSONEncode)
	syms["JSONTableMethods"] = reflect.ValueOf(JSONTableMethods)
	syms["JSONTableHolders"] = reflect.ValueOf(JSONTableHolders)
	for name, f := range map[string]any{"JSONMarshalFunc": JSONMarshalFunc, "JSONMarshalIndentFunc": JSONMarshalIndentFunc,
		"JSONUnmarshalFunc": JSONUnmarshalFunc, "JSONEncodeFunc": JSONEncodeFunc, "JSONDecodeFunc": JSONDecodeFunc,
		"JSONEncodeMethod": JSONEncodeMethod, "JSONDecodeMethod": JSONDecodeMethod} {
		syms[name] = reflect.ValueOf(f)
	}
	syms["JSONUnmarshalers"] = reflect.ValueOf(JSONUnmarshalers)
	syms["JSONUnmarshalMethods"] = reflect.ValueOf(JSONUnmarshalMethods)
	syms["JSONDecodeMethods"] = reflect.ValueOf(JSONDecodeMethods)
	syms["JSONMarshalerNamer"] = reflect.ValueOf((*JSONMarshalerNamer)(nil))
	return map[string]map[string]reflect.Value{Package + "/lift": syms}
}
