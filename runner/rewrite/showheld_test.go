package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("showheld_script_interface", "print-script-interface-held"),
	)
}
