from omniprint.launch import main

raise SystemExit(main())
