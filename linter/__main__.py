from discl_lint.cli import main

raise SystemExit(main())
